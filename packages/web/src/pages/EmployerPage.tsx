import { Skeleton, Tabs } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { useSession } from '../features/auth/index.ts';
import { EmployerDeclarationsPanel } from '../features/declarations/index.ts';
import { EmployerPostsPanel, EmployerProfileForm, EmployerSummary, useEmployer } from '../features/employers/index.ts';
import { EmployerWorkersPanel } from '../features/workers/index.ts';
import { EmployerAssessmentsPanel } from '../features/assessments/index.ts';
import { MonitoringLink } from '../features/monitoring/index.ts';
import { pickEnum } from '../shared/enums.ts';
import { EMPLOYER_TABS, type EmployerTab } from '../shared/routes.ts';
import { LoadFailure } from '../shared/ui/LoadFailure.tsx';
import { PageHeader } from '../shared/ui/PageHeader.tsx';

/** One employer: 基本信息, 岗位与危害因素, 劳动者, 申报 — the open tab is kept in the URL. */
export function EmployerPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { session, can } = useSession();
  const [params, setParams] = useSearchParams();
  const employer = useEmployer(id);
  const tab = pickEnum(EMPLOYER_TABS, params.get('tab')) ?? 'profile';

  const handleTab = (key: string) => {
    // Each tab has its own list: its search and page do not carry over.
    setParams({ tab: key }, { replace: true });
  };

  if (employer.isPending) return <Skeleton active />;
  if (employer.error) return <LoadFailure error={employer.error} onRetry={() => void employer.refetch()} />;
  const e = employer.data;
  const isOwn = session.organisation.id === e.id;
  const activePosts = e.posts.filter((p) => p.isActive).map((p) => ({ id: p.id, name: p.name }));

  const items: { key: EmployerTab; label: string; children: ReactNode }[] = [
    { key: 'profile', label: t('employers.tabs.profile'), children: <EmployerProfileForm key={e.id} employer={e} canEdit={can('employer:update')} /> },
    { key: 'posts', label: t('employers.tabs.posts'), children: <EmployerPostsPanel employer={e} canEdit={can('employer:update')} /> },
  ];
  if (can('worker:read')) items.push({ key: 'workers', label: t('employers.tabs.workers'), children: <EmployerWorkersPanel employerId={e.id} posts={activePosts} canWrite={can('worker:write')} /> });
  if (can('declaration:read')) items.push({ key: 'declarations', label: t('employers.tabs.declarations'), children: <EmployerDeclarationsPanel employerId={e.id} canCreate={isOwn && can('declaration:write')} /> });
  // assessments (issue 5a)
  if (can('assessment:read')) items.push({ key: 'assessments', label: t('employers.tabs.assessments'), children: <EmployerAssessmentsPanel employerId={e.id} canSeeTasks={can('rectification:read')} /> });

  return (
    <div data-testid="employer-page">
      <PageHeader title={e.name} subtitle={t('employers.pageSubtitle')} extra={can('monitoring:read') ? <MonitoringLink employerId={e.id} /> : undefined} />
      <EmployerSummary employer={e} />
      <Tabs
        activeKey={tab}
        onChange={handleTab}
        type="card"
        items={items.map((item) => ({ key: item.key, label: <span data-testid={`employer-tab-${item.key}`}>{item.label}</span>, children: item.children }))}
      />
    </div>
  );
}
