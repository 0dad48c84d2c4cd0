import { ApiError } from '@ohnet/api-client';
import { DECLARATION_FILING_KINDS, type DeclarationFilingKind } from '@ohnet/domain';
import { Alert, App, Form, Modal, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { describeError } from '../../../shared/api/errors.ts';
import { declarationPath } from '../../../shared/routes.ts';
import { useCreateDeclaration } from '../api.ts';

export interface CreateDeclarationModalProps {
  employerId: string;
  open: boolean;
  onClose: () => void;
}

/** The id of the declaration already in progress, from a 409 `declaration.open_exists`. */
function openDeclarationId(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.code !== 'declaration.open_exists') return null;
  const id = error.details?.id;
  return typeof id === 'string' ? id : null;
}

/** 新建申报: choose the kind; the draft starts pre-filled from the base record and posts, then opens. */
export function CreateDeclarationModal({ employerId, open, onClose }: CreateDeclarationModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ kind: DeclarationFilingKind }>();
  const create = useCreateDeclaration();

  const handleFinish = ({ kind }: { kind: DeclarationFilingKind }) => {
    create.mutate(
      { employerId, kind },
      {
        onSuccess: (declaration) => {
          void message.success(t('declarations.create.done'));
          void navigate(declarationPath(declaration.id));
        },
        onError: (error) => {
          const existing = openDeclarationId(error);
          if (existing) {
            void message.info(t('declarations.create.openExists'));
            void navigate(declarationPath(existing));
          } else {
            void message.error(describeError(error));
          }
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('declarations.create.title')}
      okText={t('declarations.create.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      data-testid="declaration-create"
    >
      <Form form={form} layout="vertical" initialValues={{ kind: 'initial' }} onFinish={handleFinish} clearOnDestroy style={{ marginTop: 16 }}>
        <Form.Item name="kind" label={t('declarations.fields.kind')}>
          <Radio.Group data-testid="declaration-create-kind">
            {DECLARATION_FILING_KINDS.map((k) => (
              <Radio key={k} value={k} data-testid={`declaration-create-kind-${k}`}>
                {t(`declarationKinds.${k}`)}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Typography.Paragraph type="secondary">{t('declarations.create.kindHelp')}</Typography.Paragraph>
      </Form>
      <Alert type="info" showIcon title={t('declarations.create.prefillNote')} />
    </Modal>
  );
}
