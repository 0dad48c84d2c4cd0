import { Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../shared/format/index.ts';
import { assessmentReportPath, rectificationPath } from '../../../shared/routes.ts';
import { serverPagination } from '../../../shared/ui/table-pagination.ts';
import type { Alert, TaskSummary } from '../api.ts';

const STATE_COLOURS = { open: 'orange', evidence_submitted: 'blue', closed: 'green', reopened: 'red' } as const;

export function TaskStateTag({ state }: { state: TaskSummary['state'] }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATE_COLOURS[state]} data-testid={`task-state-${state}`}>
      {t(`rectifications.states.${state}`)}
    </Tag>
  );
}

export interface TaskTableProps {
  items: TaskSummary[];
  total: number | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
}

/** Rectification tasks, earliest due first; overdue ones marked. */
export function TaskTable({ items, total, loading, page, pageSize, onPageChange }: TaskTableProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<TaskSummary> = [
    {
      key: 'employer',
      title: t('rectifications.fields.employer'),
      render: (_, x) => (
        <Link to={rectificationPath(x.id)} data-testid={`task-link-${x.reportNumber}`}>
          {x.employerName}
        </Link>
      ),
    },
    { key: 'report', title: t('rectifications.fields.reportNumber'), width: 200, render: (_, x) => <Link to={assessmentReportPath(x.reportId)}>{x.reportNumber}</Link> },
    { key: 'summary', title: t('rectifications.fields.summary'), render: (_, x) => x.summary },
    { key: 'state', title: t('rectifications.fields.state'), width: 150, render: (_, x) => <TaskStateTag state={x.state} /> },
    { key: 'due', title: t('rectifications.fields.dueDate'), width: 160, render: (_, x) => (x.overdue ? <Tag color="red">{`${x.dueDate} ${t('rectifications.overdue')}`}</Tag> : x.dueDate) },
  ];
  return (
    <Table<TaskSummary>
      data-testid="task-table"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      locale={{ emptyText: t('rectifications.empty') }}
      pagination={serverPagination(page, pageSize, total, onPageChange)}
      scroll={{ x: 1000 }}
    />
  );
}

/** Exceedance alerts: employer, report, exceeding points, state. */
export function AlertTable({ items, loading }: { items: Alert[]; loading: boolean }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Alert> = [
    { key: 'employer', title: t('rectifications.fields.employer'), render: (_, a) => a.employerName },
    { key: 'report', title: t('rectifications.fields.reportNumber'), width: 200, render: (_, a) => <Link to={assessmentReportPath(a.reportId)}>{a.reportNumber}</Link> },
    { key: 'count', title: t('rectifications.fields.exceeding'), width: 110, render: (_, a) => <Tag color="red">{a.exceedingCount}</Tag> },
    { key: 'summary', title: t('rectifications.fields.summary'), render: (_, a) => a.summary },
    { key: 'raised', title: t('rectifications.fields.raisedAt'), width: 170, render: (_, a) => formatDateTime(a.raisedAt) },
    {
      key: 'state',
      title: t('rectifications.fields.state'),
      width: 120,
      render: (_, a) => (
        <Link to={rectificationPath(a.taskId)}>
          <Tag color={a.state === 'open' ? 'red' : 'green'}>{t(`rectifications.alertStates.${a.state}`)}</Tag>
        </Link>
      ),
    },
  ];
  return <Table<Alert> data-testid="alert-table" rowKey="id" size="middle" columns={columns} dataSource={items} loading={loading} locale={{ emptyText: t('rectifications.alertsEmpty') }} pagination={false} scroll={{ x: 1000 }} />;
}
