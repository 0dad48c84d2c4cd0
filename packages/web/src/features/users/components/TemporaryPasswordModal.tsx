import { Alert, Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export interface TemporaryPassword {
  /** Whose password it is (display name). */
  name: string;
  password: string;
}

export interface TemporaryPasswordModalProps {
  value: TemporaryPassword | null;
  onClose: () => void;
}

/** Shows a generated password exactly once, with a copy button; it cannot be fetched again. */
export function TemporaryPasswordModal({ value, onClose }: TemporaryPasswordModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      open={value !== null}
      title={t('users.temporaryPassword.title')}
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose}>
          {t('common.close')}
        </Button>
      }
      data-testid="temporary-password-modal"
    >
      {value ? (
        <>
          <Alert type="warning" showIcon title={t('users.temporaryPassword.description', { name: value.name })} style={{ marginBottom: 16 }} />
          <Typography.Paragraph
            copyable={{ text: value.password, tooltips: [t('users.temporaryPassword.copy'), t('users.temporaryPassword.copied')] }}
            code
            style={{ fontSize: 20, textAlign: 'center', marginBottom: 0 }}
            data-testid="temporary-password"
          >
            {value.password}
          </Typography.Paragraph>
        </>
      ) : null}
    </Modal>
  );
}
