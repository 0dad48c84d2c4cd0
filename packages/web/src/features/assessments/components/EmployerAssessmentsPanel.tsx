import { Alert, Card, Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { useAlerts, usePeriodicTesting, useReportList, useTaskList } from '../api.ts';
import { AlertTable, TaskTable } from './RectificationTables.tsx';
import { ReportTable } from './ReportTable.tsx';

/** The employer page's 检测评价 tab: testing clock, cross-check, reports, alerts and tasks. */
export function EmployerAssessmentsPanel({ employerId, canSeeTasks }: { employerId: string; canSeeTasks: boolean }) {
  const { t } = useTranslation();
  const [page, setPage] = useState({ page: 1, pageSize: 10 });
  const [taskPage, setTaskPage] = useState({ page: 1, pageSize: 10 });
  const clock = usePeriodicTesting(employerId);
  const reports = useReportList({ employerId, ...page });
  const tasks = useTaskList({ employerId, ...taskPage });
  const alerts = useAlerts({ employerId });
  const c = clock.data;
  return (
    <Flex vertical gap={16} data-testid="employer-assessments">
      {c ? (
        <Alert
          type={c.status === 'due' ? 'info' : 'warning'}
          showIcon
          title={
            <span>
              <Tag color={c.status === 'due' ? 'green' : 'red'}>{t(`assessments.periodic.status.${c.status}`)}</Tag>
              {c.dueDate ? t('assessments.periodic.dueDate', { date: c.dueDate, years: c.intervalYears }) : t('assessments.periodic.never')}
            </span>
          }
          description={c.citation}
        />
      ) : null}
      {c && (c.crossCheck.measuredNotDeclared.length > 0 || c.crossCheck.declaredNotTested.length > 0) ? (
        <Card size="small" title={t('assessments.tabs.crossCheck')}>
          <Flex vertical gap={8}>
            {c.crossCheck.measuredNotDeclared.length ? (
              <div>
                {t('assessments.crossCheck.measuredNotDeclared')}：{c.crossCheck.measuredNotDeclared.map((x) => <Tag key={`${x.postName}${x.factorName}`}>{`${x.postName} · ${x.factorName}`}</Tag>)}
              </div>
            ) : null}
            {c.crossCheck.declaredNotTested.length ? (
              <div>
                {t('assessments.crossCheck.declaredNotTested')}：{c.crossCheck.declaredNotTested.map((x) => <Tag key={`${x.postName}${x.factorName}`}>{`${x.postName} · ${x.factorName}`}</Tag>)}
              </div>
            ) : null}
          </Flex>
        </Card>
      ) : null}
      <Card size="small" title={t('assessments.tabs.reports')}>
        <ReportTable hideEmployer items={reports.data?.items ?? []} total={reports.data?.total} loading={reports.isFetching} page={page.page} pageSize={page.pageSize} onPageChange={(p, s) => setPage({ page: p, pageSize: s })} />
      </Card>
      {canSeeTasks ? (
        <>
          <Card size="small" title={t('rectifications.tabs.alerts')}>
            <AlertTable items={alerts.data ?? []} loading={alerts.isFetching} />
          </Card>
          <Card size="small" title={t('rectifications.tabs.tasks')}>
            <TaskTable items={tasks.data?.items ?? []} total={tasks.data?.total} loading={tasks.isFetching} page={taskPage.page} pageSize={taskPage.pageSize} onPageChange={(p, s) => setTaskPage({ page: p, pageSize: s })} />
          </Card>
        </>
      ) : null}
    </Flex>
  );
}
