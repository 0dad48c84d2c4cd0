import { validateIdNumber, validatePhone } from '@ohnet/domain';
import { App, Col, DatePicker, Form, Input, Modal, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, describeError } from '../../../shared/api/errors.ts';
import { isoDateField, todayIso } from '../../../shared/forms/date-field.ts';
import { blankToNull, domainRule } from '../../../shared/forms/domain-rule.ts';
import { OrganisationSelect } from '../../organisations/index.ts';
import { type HireWorkerInput, useHireWorker } from '../api.ts';

interface HireFormValues {
  idNumber?: string;
  name?: string;
  phone?: string;
  postId?: string;
  jobType?: string;
  startDate?: string | null;
  isDispatched: boolean;
  hostEmployerId?: string;
}

/** Server error codes that belong to one field. */
const CODE_FIELDS = {
  'worker.identity_conflict': 'idNumber',
  'employment.overlaps': 'startDate',
};

export interface PostOption {
  id: string;
  name: string;
}

export interface HireWorkerModalProps {
  employerId: string;
  /** The employer's active posts. */
  posts: PostOption[];
  open: boolean;
  onClose: () => void;
}

/** 登记劳动者: a person is found by ID number (one record for life) and gets an employment episode here. */
export function HireWorkerModal({ employerId, posts, open, onClose }: HireWorkerModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<HireFormValues>();
  const isDispatched = Form.useWatch('isDispatched', form);
  const hire = useHireWorker(employerId);

  const handleFinish = (values: HireFormValues) => {
    const input: HireWorkerInput = {
      idNumber: (values.idNumber ?? '').trim().toUpperCase(),
      name: (values.name ?? '').trim(),
      phone: blankToNull(values.phone),
      postId: values.postId ?? null,
      jobType: blankToNull(values.jobType),
      startDate: values.startDate ?? todayIso(),
      isDispatched: values.isDispatched,
      hostEmployerId: values.isDispatched ? (values.hostEmployerId ?? null) : null,
    };
    hire.mutate(input, {
      onSuccess: () => {
        void message.success(t('workers.hire.done'));
        onClose();
      },
      onError: (error) => {
        if (!applyServerErrors(form, error, CODE_FIELDS)) void message.error(describeError(error));
      },
    });
  };

  return (
    <Modal
      open={open}
      title={t('workers.hire.title')}
      width={720}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={hire.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
      data-testid="hire-worker-form"
    >
      <Form<HireFormValues>
        form={form}
        layout="vertical"
        initialValues={{ isDispatched: false, startDate: todayIso(), hostEmployerId: employerId }}
        onFinish={handleFinish}
        clearOnDestroy
        style={{ marginTop: 16 }}
      >
        <Row gutter={16}>
          <Col xs={24} md={14}>
            <Form.Item
              name="idNumber"
              label={t('workers.fields.idNumber')}
              normalize={(value: string | undefined) => value?.toUpperCase()}
              rules={[{ required: true, whitespace: true, message: t('workers.hire.idNumberRequired') }, domainRule(validateIdNumber)]}
              extra={t('workers.hire.idNumberHelp')}
            >
              <Input maxLength={18} style={{ fontFamily: 'monospace' }} autoComplete="off" data-testid="hire-idNumber" />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="name" label={t('workers.fields.name')} rules={[{ required: true, whitespace: true, message: t('workers.hire.nameRequired') }]}>
              <Input maxLength={40} data-testid="hire-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="postId" label={t('workers.fields.post')}>
              <Select allowClear options={posts.map((p) => ({ value: p.id, label: p.name }))} placeholder={t('workers.hire.postPlaceholder')} data-testid="hire-post" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="jobType" label={t('workers.fields.jobType')}>
              <Input maxLength={40} data-testid="hire-jobType" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="startDate" label={t('workers.fields.startDate')} rules={[{ required: true, message: t('workers.hire.startDateRequired') }]} {...isoDateField}>
              <DatePicker style={{ width: '100%' }} data-testid="hire-startDate" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="phone" label={t('workers.fields.phone')} rules={[domainRule(validatePhone)]}>
              <Input maxLength={32} data-testid="hire-phone" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="isDispatched" label={t('workers.fields.isDispatched')} valuePropName="checked">
              <Switch data-testid="hire-isDispatched" />
            </Form.Item>
          </Col>
          {isDispatched ? (
            <Col xs={24} md={16}>
              <Form.Item name="hostEmployerId" label={t('workers.fields.hostEmployer')} rules={[{ required: true, message: t('workers.hire.hostRequired') }]}>
                <OrganisationSelect activeOnly data-testid="hire-host" />
              </Form.Item>
            </Col>
          ) : null}
        </Row>
      </Form>
    </Modal>
  );
}
