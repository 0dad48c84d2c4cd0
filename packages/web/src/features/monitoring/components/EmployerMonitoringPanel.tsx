import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format/index.ts';
import { LoadFailure } from '../../../shared/ui/LoadFailure.tsx';
import { useEmployerMonitoring } from '../api.ts';
import { DeviceCard } from './DeviceCard.tsx';
import { KeyIssuedModal } from './KeyIssuedModal.tsx';
import { RegisterDeviceModal } from './RegisterDeviceModal.tsx';

export interface EmployerMonitoringPanelProps {
  employerId: string;
  /** Active posts, for registering a device. */
  posts: { id: string; name: string }[];
  canManage: boolean;
}

/** The live page of an employer: every device (refreshed every 30 s), device registration and keys shown once. */
export function EmployerMonitoringPanel({ employerId, posts, canManage }: EmployerMonitoringPanelProps) {
  const { t } = useTranslation();
  const live = useEmployerMonitoring(employerId);
  const [registering, setRegistering] = useState(false);
  const [issued, setIssued] = useState<{ code: string; secret: string } | null>(null);

  const handleKey = (code: string, secret: string) => {
    setRegistering(false);
    setIssued({ code, secret });
  };

  if (live.isPending) return <Skeleton active />;
  if (live.error) return <LoadFailure error={live.error} onRetry={() => void live.refetch()} />;
  const { devices, asOf } = live.data;

  return (
    <div data-testid="monitoring-panel">
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Text type="secondary">{t('monitoring.refreshed', { at: formatDateTime(asOf) })}</Typography.Text>
        {canManage ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)} data-testid="monitoring-register">
            {t('monitoring.register.title')}
          </Button>
        ) : null}
      </Flex>
      {devices.length === 0 ? <Empty description={t('monitoring.noDevices')} /> : null}
      <Flex vertical gap={16}>
        {devices.map((d) => (
          <DeviceCard key={d.id} device={d} canManage={canManage} onKeyIssued={handleKey} />
        ))}
      </Flex>
      <RegisterDeviceModal employerId={employerId} posts={posts} open={registering} onClose={() => setRegistering(false)} onRegistered={handleKey} />
      <KeyIssuedModal secret={issued?.secret ?? null} deviceCode={issued?.code ?? ''} onClose={() => setIssued(null)} />
    </div>
  );
}
