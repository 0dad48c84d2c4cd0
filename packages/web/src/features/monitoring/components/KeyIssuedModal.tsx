import { Alert, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export interface KeyIssuedModalProps {
  /** The full key, or null when closed. */
  secret: string | null;
  deviceCode: string;
  onClose: () => void;
}

/** Shows a new device key once: only its hash is kept, so it cannot be shown again. */
export function KeyIssuedModal({ secret, deviceCode, onClose }: KeyIssuedModalProps) {
  const { t } = useTranslation();
  return (
    <Modal open={secret !== null} title={t('monitoring.keys.issuedTitle', { code: deviceCode })} onOk={onClose} onCancel={onClose} cancelButtonProps={{ style: { display: 'none' } }} okText={t('monitoring.keys.copied')}>
      <Alert type="warning" showIcon message={t('monitoring.keys.onceWarning')} style={{ marginBottom: 16 }} />
      <Typography.Paragraph copyable={{ text: secret ?? '' }} code data-testid="monitoring-issued-key" style={{ wordBreak: 'break-all' }}>
        {secret}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('monitoring.keys.howToUse', { header: 'x-device-key' })}</Typography.Paragraph>
    </Modal>
  );
}
