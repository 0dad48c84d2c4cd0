import { Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format/index.ts';
import { serverPagination } from '../../../shared/ui/table-pagination.ts';
import type { AuditEntry } from '../api.ts';
import { auditActionLabel, entityTypeLabel } from '../audit-labels.ts';
import { AuditEntryDetail } from './AuditEntryDetail.tsx';

export interface AuditTableProps {
  items: AuditEntry[];
  total: number | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
}

/** Newest first (the server orders by sequence number, descending). */
export function AuditTable({ items, total, loading, page, pageSize, onPageChange }: AuditTableProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<AuditEntry> = [
    { key: 'seq', title: t('audit.columns.seq'), dataIndex: 'seq', width: 80 },
    { key: 'occurredAt', title: t('audit.columns.occurredAt'), width: 170, render: (_, e) => formatDateTime(e.occurredAt) },
    {
      key: 'actor',
      title: t('audit.columns.actor'),
      width: 150,
      render: (_, e) => e.actorUsername ?? <Typography.Text type="secondary">{t('audit.detail.anonymous')}</Typography.Text>,
    },
    {
      key: 'action',
      title: t('audit.columns.action'),
      width: 200,
      render: (_, e) => (
        <span>
          {auditActionLabel(e.action)}
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {e.action}
          </Typography.Text>
        </span>
      ),
    },
    {
      key: 'entity',
      title: t('audit.columns.entity'),
      render: (_, e) =>
        e.entityType ? (
          <span>
            {entityTypeLabel(e.entityType)}
            {e.entityId ? (
              <Typography.Text type="secondary" copyable={{ text: e.entityId }} style={{ display: 'block', fontSize: 12 }}>
                {e.entityId}
              </Typography.Text>
            ) : null}
          </span>
        ) : (
          t('common.empty')
        ),
    },
    { key: 'region', title: t('audit.columns.region'), width: 110, render: (_, e) => e.regionCode ?? t('common.empty') },
    { key: 'ip', title: t('audit.columns.ip'), width: 130, render: (_, e) => e.ip ?? t('common.empty') },
  ];

  return (
    <Table<AuditEntry>
      data-testid="audit-table"
      rowKey="seq"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={serverPagination(page, pageSize, total, onPageChange)}
      expandable={{ expandedRowRender: (entry) => <AuditEntryDetail entry={entry} /> }}
      scroll={{ x: 1100 }}
    />
  );
}
