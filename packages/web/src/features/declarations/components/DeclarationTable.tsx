import { Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../shared/format/index.ts';
import { declarationPath } from '../../../shared/routes.ts';
import { serverPagination } from '../../../shared/ui/table-pagination.ts';
import type { DeclarationSummary } from '../api.ts';
import { DeclarationStateTag } from './DeclarationStateTag.tsx';

export interface DeclarationTableProps {
  items: DeclarationSummary[];
  total: number | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  /** Leave out the employer columns (the employer page lists its own declarations). */
  hideEmployer?: boolean;
}

/** Declarations with their state; a row opens the declaration (in review mode for a reviewer). */
export function DeclarationTable({ items, total, loading, page, pageSize, onPageChange, hideEmployer = false }: DeclarationTableProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<DeclarationSummary> = [
    ...(hideEmployer
      ? []
      : ([
          {
            key: 'employer',
            title: t('declarations.fields.employer'),
            render: (_, d) => (
              <Link to={declarationPath(d.id)} data-testid={`declaration-link-${d.id}`}>
                {d.employerName}
              </Link>
            ),
          },
          { key: 'uscc', title: t('declarations.fields.uscc'), width: 190, render: (_, d) => (d.uscc ? <Typography.Text code>{d.uscc}</Typography.Text> : t('common.empty')) },
          { key: 'region', title: t('declarations.fields.region'), width: 200, render: (_, d) => d.regionName ?? d.regionCode },
        ] satisfies TableColumnsType<DeclarationSummary>)),
    {
      key: 'kind',
      title: t('declarations.fields.kind'),
      width: 110,
      render: (_, d) =>
        hideEmployer ? (
          <Link to={declarationPath(d.id)} data-testid={`declaration-link-${d.id}`}>
            {t(`declarationKinds.${d.kind}`)}
          </Link>
        ) : (
          t(`declarationKinds.${d.kind}`)
        ),
    },
    { key: 'year', title: t('declarations.fields.year'), width: 80, render: (_, d) => d.year },
    { key: 'state', title: t('common.status'), width: 150, render: (_, d) => <DeclarationStateTag state={d.state} /> },
    { key: 'submittedAt', title: t('declarations.fields.submittedAt'), width: 170, render: (_, d) => formatDateTime(d.submittedAt) },
    { key: 'receiptNumber', title: t('declarations.fields.receiptNumber'), width: 200, render: (_, d) => d.receiptNumber ?? t('common.empty') },
  ];

  return (
    <Table<DeclarationSummary>
      data-testid="declarations-table"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={serverPagination(page, pageSize, total, onPageChange)}
      scroll={{ x: hideEmployer ? 800 : 1300 }}
    />
  );
}
