import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Col, Form, Input, InputNumber, Modal, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, codeIssueText, describeError } from '../../../shared/api/errors.ts';
import { blankToNull } from '../../../shared/forms/domain-rule.ts';
import { type Post, type SavePostInput, useSavePost } from '../api.ts';

interface HazardRow {
  factorName?: string;
  exposedCount?: number | null;
  dispatchedExposedCount?: number | null;
}

interface PostFormValues {
  name?: string;
  workplaceName?: string;
  hazards: HazardRow[];
}

const MAX_HAZARDS = 60;
const EMPTY_ROW: HazardRow = { factorName: '', exposedCount: null, dispatchedExposedCount: null };

function initialValues(post: Post | undefined): PostFormValues {
  if (!post) return { hazards: [EMPTY_ROW] };
  return {
    name: post.name,
    workplaceName: post.workplaceName ?? undefined,
    hazards: post.hazards.map((h) => ({ factorName: h.factorName, exposedCount: h.exposedCount, dispatchedExposedCount: h.dispatchedExposedCount })),
  };
}

/** Rows keep the catalogue id they had when their factor name is unchanged; new or renamed rows are resolved by the server (噪音 → 噪声). */
function toInput(values: PostFormValues, post: Post | undefined): SavePostInput {
  return {
    name: values.name?.trim() ?? '',
    workplaceName: blankToNull(values.workplaceName),
    hazards: values.hazards.map((row) => {
      const factorName = row.factorName?.trim() ?? '';
      const known = post?.hazards.find((h) => h.factorName === factorName);
      return { factorId: known?.factorId ?? null, factorName, exposedCount: row.exposedCount ?? 0, dispatchedExposedCount: row.dispatchedExposedCount ?? null };
    }),
  };
}

export interface PostFormModalProps {
  employerId: string;
  open: boolean;
  /** The post being edited; absent to add one. */
  post?: Post;
  onClose: () => void;
}

/** Adds or edits a post with its hazard factors (free text, resolved through the catalogue and its aliases). */
export function PostFormModal({ employerId, open, post, onClose }: PostFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PostFormValues>();
  const save = useSavePost(employerId);

  const handleFinish = (values: PostFormValues) => {
    save.mutate(
      { postId: post?.id ?? null, input: toInput(values, post) },
      {
        onSuccess: () => {
          void message.success(post ? t('employers.posts.updated') : t('employers.posts.created'));
          onClose();
        },
        onError: (error) => {
          if (!applyServerErrors(form, error, {}, codeIssueText)) void message.error(describeError(error));
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={post ? t('employers.posts.editTitle') : t('employers.posts.createTitle')}
      width={820}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
      data-testid="post-form"
    >
      <Form<PostFormValues> form={form} layout="vertical" initialValues={initialValues(post)} onFinish={handleFinish} clearOnDestroy style={{ marginTop: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="name" label={t('employers.posts.fields.name')} rules={[{ required: true, whitespace: true, message: t('employers.posts.validation.nameRequired') }]}>
              <Input maxLength={80} placeholder={t('employers.posts.namePlaceholder')} data-testid="post-form-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="workplaceName" label={t('employers.posts.fields.workplaceName')}>
              <Input maxLength={80} placeholder={t('employers.posts.workplacePlaceholder')} data-testid="post-form-workplace" />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Text strong>{t('employers.posts.fields.hazards')}</Typography.Text>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('employers.posts.hazardsHelp')}
        </Typography.Paragraph>
        <Form.List name="hazards">
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.length > 0 ? (
                <Row gutter={8} className="ohnet-rows-header">
                  <Col flex="1 1 0">
                    <Typography.Text type="secondary">{t('employers.posts.fields.factorName')}</Typography.Text>
                  </Col>
                  <Col flex="150px">
                    <Typography.Text type="secondary">{t('employers.posts.fields.exposedCount')}</Typography.Text>
                  </Col>
                  <Col flex="150px">
                    <Typography.Text type="secondary">{t('employers.posts.fields.dispatchedExposedCount')}</Typography.Text>
                  </Col>
                  <Col flex="32px" />
                </Row>
              ) : null}
              {fields.map((field, index) => (
                <Row key={field.key} gutter={8} wrap={false} align="top">
                  <Col flex="1 1 0" style={{ minWidth: 0 }}>
                    <Form.Item name={[field.name, 'factorName']} rules={[{ required: true, whitespace: true, message: t('employers.posts.validation.factorRequired') }]} style={{ marginBottom: 12 }}>
                      <Input maxLength={120} placeholder={t('employers.posts.factorPlaceholder')} aria-label={`${t('employers.posts.fields.factorName')} ${index + 1}`} data-testid={`post-hazard-name-${index}`} />
                    </Form.Item>
                  </Col>
                  <Col flex="150px">
                    <Form.Item name={[field.name, 'exposedCount']} rules={[{ required: true, message: t('employers.posts.validation.exposedRequired') }]} style={{ marginBottom: 12 }}>
                      <InputNumber min={0} precision={0} style={{ width: '100%' }} suffix={t('common.persons')} aria-label={`${t('employers.posts.fields.exposedCount')} ${index + 1}`} data-testid={`post-hazard-exposed-${index}`} />
                    </Form.Item>
                  </Col>
                  <Col flex="150px">
                    <Form.Item name={[field.name, 'dispatchedExposedCount']} style={{ marginBottom: 12 }}>
                      <InputNumber min={0} precision={0} style={{ width: '100%' }} suffix={t('common.persons')} aria-label={`${t('employers.posts.fields.dispatchedExposedCount')} ${index + 1}`} data-testid={`post-hazard-dispatched-${index}`} />
                    </Form.Item>
                  </Col>
                  <Col flex="32px">
                    <Button type="text" icon={<DeleteOutlined />} aria-label={t('common.removeRow')} onClick={() => remove(field.name)} data-testid={`post-hazard-remove-${index}`} />
                  </Col>
                </Row>
              ))}
              <Form.ErrorList errors={errors} />
              <Button type="dashed" block icon={<PlusOutlined />} disabled={fields.length >= MAX_HAZARDS} onClick={() => add(EMPTY_ROW)} data-testid="post-hazard-add">
                {t('employers.posts.addHazard')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
