import { Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { assessmentReportPath } from '../../../shared/routes.ts';
import { serverPagination } from '../../../shared/ui/table-pagination.ts';
import type { ReportSummary } from '../api.ts';

export interface ReportTableProps {
  items: ReportSummary[];
  total: number | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  hideEmployer?: boolean;
}

/** Reports with their point counts; exceeding counts in red. */
export function ReportTable({ items, total, loading, page, pageSize, onPageChange, hideEmployer = false }: ReportTableProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<ReportSummary> = [
    {
      key: 'number',
      title: t('assessments.fields.reportNumber'),
      render: (_, r) => (
        <Link to={assessmentReportPath(r.id)} data-testid={`assessment-link-${r.reportNumber}`}>
          {r.reportNumber}
        </Link>
      ),
    },
    ...(hideEmployer ? [] : ([{ key: 'employer', title: t('assessments.fields.employer'), render: (_, r) => r.employerName }] satisfies TableColumnsType<ReportSummary>)),
    { key: 'kind', title: t('assessments.fields.kind'), width: 120, render: (_, r) => t(`assessments.kinds.${r.kind}`) },
    { key: 'institution', title: t('assessments.fields.institution'), render: (_, r) => r.institutionName },
    { key: 'sampling', title: t('assessments.fields.samplingDates'), width: 190, render: (_, r) => `${r.samplingStartDate} ~ ${r.samplingEndDate}` },
    { key: 'points', title: t('assessments.fields.points'), width: 80, render: (_, r) => r.pointCount },
    { key: 'exceeding', title: t('assessments.fields.exceeding'), width: 90, render: (_, r) => (r.exceedingCount > 0 ? <Tag color="red">{r.exceedingCount}</Tag> : <Tag color="green">0</Tag>) },
    { key: 'version', title: t('assessments.fields.version'), width: 80, render: (_, r) => `v${r.version}` },
  ];
  return (
    <Table<ReportSummary>
      data-testid="assessment-table"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={serverPagination(page, pageSize, total, onPageChange)}
      scroll={{ x: 1100 }}
    />
  );
}
