import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format/index.ts';
import { serverPagination } from '../../../shared/ui/table-pagination.ts';
import type { Warning } from '../api.ts';
import { SeverityTag, WarningStateTag, warningDetailText } from './WarningTags.tsx';

export interface WarningsTableProps {
  items: Warning[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPage: (page: number, pageSize: number) => void;
  onOpen: (id: string) => void;
}

/** The inbox list: most urgent first (the server orders it); a row opens the detail drawer. */
export function WarningsTable({ items, total, page, pageSize, loading, onPage, onOpen }: WarningsTableProps) {
  const { t } = useTranslation();
  return (
    <Table<Warning>
      rowKey="id"
      size="middle"
      dataSource={items}
      loading={loading}
      data-testid="warnings-table"
      pagination={serverPagination(page, pageSize, total, onPage)}
      onRow={(w) => ({ onClick: () => onOpen(w.id), style: { cursor: 'pointer' }, 'data-testid': `warning-row-${w.rule}` }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        { key: 'severity', title: t('warnings.columns.severity'), width: 72, render: (_, w) => <SeverityTag severity={w.severity} /> },
        { key: 'rule', title: t('warnings.columns.rule'), width: 150, render: (_, w) => <Typography.Text strong>{t(`warnings.rules.${w.rule}.name`)}</Typography.Text> },
        { key: 'subject', title: t('warnings.columns.subject'), width: 220, render: (_, w) => w.employerName ?? w.regionName ?? w.regionCode },
        { key: 'detail', title: t('warnings.columns.detail'), render: (_, w) => <Typography.Text ellipsis={{ tooltip: true }} style={{ maxWidth: 420 }}>{warningDetailText(w)}</Typography.Text> },
        { key: 'state', title: t('warnings.columns.state'), width: 96, render: (_, w) => <WarningStateTag state={w.state} /> },
        { key: 'assignee', title: t('warnings.columns.assignee'), width: 120, render: (_, w) => w.assigneeName ?? '—' },
        { key: 'lastSeenAt', title: t('warnings.columns.lastSeenAt'), width: 150, render: (_, w) => formatDateTime(w.lastSeenAt) },
      ]}
    />
  );
}
