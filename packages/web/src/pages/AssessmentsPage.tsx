import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Tabs } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import {
  CrossCheckTable,
  OverdueTestingTable,
  QualificationsPanel,
  ReportFilters,
  ReportTable,
  assessmentImportEndpoints,
  useAssessmentImports,
  useReportList,
  useReportListParams,
} from '../features/assessments/index.ts';
import { useSession } from '../features/auth/index.ts';
import { ImportHistory, ImportModal } from '../features/imports/index.ts';
import { useOrganisationList } from '../features/organisations/index.ts';
import { ErrorDisplay } from '../shared/ui/ErrorDisplay.tsx';
import { PageHeader } from '../shared/ui/PageHeader.tsx';
import { PATHS } from '../shared/routes.ts';

const TABS = ['reports', 'overdue', 'crossCheck', 'qualifications'] as const;
type Tab = (typeof TABS)[number];

/** 检测评价: reports (filters, file, import), and for regulators the overdue and cross-check lists and qualifications. */
export function AssessmentsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const list = useReportListParams();
  const reports = useReportList(list.query);
  const canFile = can('assessment:write');
  const isRegulator = can('rectification:review');
  const [importOpen, setImportOpen] = useState(false);
  const imports = useAssessmentImports(canFile && importOpen);
  const institutions = useOrganisationList({ type: 'tech_service_institution', page: 1, pageSize: 200 });
  const tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'reports';

  const items: { key: Tab; label: string; children: ReactNode }[] = [
    {
      key: 'reports',
      label: t('assessments.tabs.reports'),
      children: (
        <>
          <ReportFilters filters={list.filters} onChange={list.setFilters} />
          {reports.error ? <ErrorDisplay error={reports.error} onRetry={() => void reports.refetch()} /> : null}
          <ReportTable items={reports.data?.items ?? []} total={reports.data?.total} loading={reports.isFetching} page={list.page} pageSize={list.pageSize} onPageChange={list.setPage} />
        </>
      ),
    },
  ];
  if (isRegulator) {
    items.push({ key: 'overdue', label: t('assessments.tabs.overdue'), children: <OverdueTestingTable /> });
    items.push({ key: 'crossCheck', label: t('assessments.tabs.crossCheck'), children: <CrossCheckTable /> });
  }
  if (can('qualification:read')) {
    items.push({
      key: 'qualifications',
      label: t('assessments.tabs.qualifications'),
      children: <QualificationsPanel canWrite={can('qualification:write')} institutions={(institutions.data?.items ?? []).map((o) => ({ id: o.id, name: o.name }))} />,
    });
  }

  return (
    <div data-testid="assessments-page">
      <PageHeader
        title={t('assessments.title')}
        subtitle={t('assessments.subtitle')}
        extra={
          canFile ? (
            <>
              <Button icon={<UploadOutlined />} onClick={() => setImportOpen(true)} data-testid="assessment-import">
                {t('assessments.importReports')}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(PATHS.assessmentNew)} data-testid="assessment-new">
                {t('assessments.newReport')}
              </Button>
            </>
          ) : null
        }
      />
      <Tabs activeKey={tab} onChange={(key) => setParams({ tab: key }, { replace: true })} items={items.map((i) => ({ key: i.key, label: <span data-testid={`assessments-tab-${i.key}`}>{i.label}</span>, children: i.children }))} />
      {canFile ? (
        <ImportModal
          open={importOpen}
          title={t('assessments.importTitle')}
          intro={t('assessments.importIntro')}
          endpoints={assessmentImportEndpoints()}
          onClose={() => setImportOpen(false)}
          onFinished={() => void queryClient.invalidateQueries({ queryKey: ['assessments'] })}
          history={<ImportHistory imports={imports} />}
        />
      ) : null}
    </div>
  );
}
