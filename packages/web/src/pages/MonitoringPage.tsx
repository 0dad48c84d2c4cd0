import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useSession } from '../features/auth/index.ts';
import { useEmployer } from '../features/employers/index.ts';
import { EmployerMonitoringPanel } from '../features/monitoring/index.ts';
import { LoadFailure } from '../shared/ui/LoadFailure.tsx';
import { PageHeader } from '../shared/ui/PageHeader.tsx';

/** 在线监测 of one employer: devices on its posts, live values, 24-hour charts, open alerts. */
export function MonitoringPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { can } = useSession();
  const employer = useEmployer(id);
  if (employer.isPending) return <Skeleton active />;
  if (employer.error) return <LoadFailure error={employer.error} onRetry={() => void employer.refetch()} />;
  const e = employer.data;
  return (
    <div data-testid="monitoring-page">
      <PageHeader title={t('monitoring.pageTitle', { name: e.name })} subtitle={t('monitoring.pageSubtitle')} />
      <EmployerMonitoringPanel employerId={e.id} posts={e.posts.filter((p) => p.isActive).map((p) => ({ id: p.id, name: p.name }))} canManage={can('monitoring:manage')} />
    </div>
  );
}
