import { isRole } from '@ohnet/domain';
import { Descriptions, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatJsonValue } from '../../../shared/format/index.ts';
import { RoleTags } from '../../../shared/ui/RoleTags.tsx';
import type { AuditEntry } from '../api.ts';

interface ChangeRow {
  field: string;
  before: unknown;
  after: unknown;
}

export interface AuditEntryDetailProps {
  entry: AuditEntry;
}

function ChangesTable({ changes }: { changes: NonNullable<AuditEntry['changes']> }) {
  const { t } = useTranslation();
  const rows: ChangeRow[] = Object.entries(changes).map(([field, change]) => ({ field, before: change.before, after: change.after }));
  const columns: TableColumnsType<ChangeRow> = [
    { key: 'field', title: t('audit.detail.field'), width: 180, render: (_, row) => <Typography.Text code>{row.field}</Typography.Text> },
    { key: 'before', title: t('audit.detail.before'), render: (_, row) => <Typography.Text type="danger">{formatJsonValue(row.before)}</Typography.Text> },
    { key: 'after', title: t('audit.detail.after'), render: (_, row) => <Typography.Text type="success">{formatJsonValue(row.after)}</Typography.Text> },
  ];
  return <Table<ChangeRow> size="small" rowKey="field" columns={columns} dataSource={rows} pagination={false} bordered />;
}

/** The expanded row: what changed (before → after), the metadata and the request that did it. */
export function AuditEntryDetail({ entry }: AuditEntryDetailProps) {
  const { t } = useTranslation();
  const hasChanges = entry.changes !== null && Object.keys(entry.changes).length > 0;
  return (
    <div data-testid={`audit-detail-${entry.seq}`} style={{ padding: '4px 8px' }}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('audit.detail.changes')}
      </Typography.Title>
      {hasChanges && entry.changes ? <ChangesTable changes={entry.changes} /> : <Typography.Text type="secondary">{t('audit.detail.noChanges')}</Typography.Text>}
      <Descriptions
        size="small"
        column={1}
        bordered
        style={{ marginTop: 16 }}
        styles={{ label: { width: 140 } }}
        items={[
          { key: 'roles', label: t('audit.detail.roles'), children: <RoleTags roles={entry.roles.filter(isRole)} /> },
          { key: 'requestId', label: t('audit.detail.requestId'), children: entry.requestId ? <Typography.Text copyable code>{entry.requestId}</Typography.Text> : t('common.empty') },
          {
            key: 'meta',
            label: t('audit.detail.meta'),
            children: entry.meta ? <pre style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{JSON.stringify(entry.meta, null, 2)}</pre> : t('common.empty'),
          },
          { key: 'hash', label: t('audit.detail.hash'), children: <Typography.Text code style={{ wordBreak: 'break-all' }}>{entry.hash}</Typography.Text> },
        ]}
      />
    </div>
  );
}
