import { Button, Segmented, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../features/auth/index.ts';
import { MonitoringAlertsTable, useMonitoringAlerts } from '../features/monitoring/index.ts';
import { monitoringEmployerPath } from '../shared/routes.ts';
import { LoadFailure } from '../shared/ui/LoadFailure.tsx';
import { PageHeader } from '../shared/ui/PageHeader.tsx';

type AlertState = 'open' | 'closed' | 'all';

/** 在线监测预警: alert episodes in the user's scope; an employer also gets a link to its own live page. */
export function MonitoringAlertsPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const [state, setState] = useState<AlertState>('open');
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const alerts = useMonitoringAlerts({ state, ...paging });
  const isEmployer = session.organisation.type === 'employer';

  return (
    <div data-testid="monitoring-alerts-page">
      <PageHeader
        title={t('monitoring.alerts.title')}
        subtitle={t('monitoring.alerts.subtitle')}
        extra={
          isEmployer ? (
            <Link to={monitoringEmployerPath(session.organisation.id)}>
              <Button type="primary" data-testid="monitoring-own-live">
                {t('monitoring.alerts.ownLive')}
              </Button>
            </Link>
          ) : null
        }
      />
      <Space style={{ marginBottom: 16 }}>
        <Segmented<AlertState>
          value={state}
          onChange={(v) => {
            setState(v);
            setPaging((p) => ({ ...p, page: 1 }));
          }}
          options={(['open', 'closed', 'all'] as const).map((s) => ({ value: s, label: t(`monitoring.alerts.states.${s}`) }))}
        />
      </Space>
      {alerts.error ? (
        <LoadFailure error={alerts.error} onRetry={() => void alerts.refetch()} />
      ) : (
        <MonitoringAlertsTable
          items={alerts.data?.items ?? []}
          total={alerts.data?.total ?? 0}
          page={paging.page}
          pageSize={paging.pageSize}
          loading={alerts.isFetching}
          onPage={(page, pageSize) => setPaging({ page, pageSize })}
        />
      )}
    </div>
  );
}
