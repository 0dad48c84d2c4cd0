import type { UseQueryResult } from '@tanstack/react-query';
import { Card, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { pickEnum } from '../../../shared/enums.ts';
import { formatDateTime } from '../../../shared/format/index.ts';
import { ErrorDisplay } from '../../../shared/ui/ErrorDisplay.tsx';
import { IMPORT_MODES, type ImportRecord, asImportResult } from '../import-result.ts';
import { ImportErrorTable } from './ImportErrorTable.tsx';

export interface ImportHistoryProps {
  /** The owning feature's history query (employer, post or worker imports). */
  imports: UseQueryResult<ImportRecord[]>;
}

const STATUS_COLORS: Record<string, string> = { succeeded: 'success', failed: 'error', running: 'processing', queued: 'default' };
const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;

/** 导入记录: earlier uploads with their kept result summaries; a row with refused cells expands to them. */
export function ImportHistory({ imports }: ImportHistoryProps) {
  const { t } = useTranslation();

  const columns: TableColumnsType<ImportRecord> = [
    { key: 'createdAt', title: t('imports.history.createdAt'), width: 160, render: (_, r) => formatDateTime(r.createdAt) },
    { key: 'fileName', title: t('imports.history.fileName'), width: 200, render: (_, r) => r.fileName ?? t('common.empty') },
    {
      key: 'mode',
      title: t('imports.mode'),
      width: 130,
      render: (_, r) => {
        const mode = pickEnum(IMPORT_MODES, r.mode);
        return mode ? t(`imports.modes.${mode}`) : t('common.empty');
      },
    },
    {
      key: 'status',
      title: t('common.status'),
      width: 90,
      render: (_, r) => {
        const status = pickEnum(JOB_STATUSES, r.status);
        return <Tag color={STATUS_COLORS[r.status]}>{status ? t(`jobs.status.${status}`) : r.status}</Tag>;
      },
    },
    {
      key: 'summary',
      title: t('imports.history.summary'),
      width: 300,
      render: (_, r) => {
        const result = asImportResult(r.result);
        return result
          ? t('imports.history.summaryText', { total: result.total, imported: result.imported, alreadyPresent: result.alreadyPresent, rejected: result.rejected })
          : t('common.empty');
      },
    },
  ];

  if (imports.error) return <ErrorDisplay error={imports.error} onRetry={() => void imports.refetch()} />;
  return (
    <Card size="small" title={t('imports.history.title')} style={{ marginTop: 16 }} data-testid="import-history">
      <Table<ImportRecord>
        rowKey="jobId"
        size="small"
        columns={columns}
        dataSource={imports.data ?? []}
        loading={imports.isPending}
        pagination={false}
        scroll={{ x: 900 }}
        expandable={{
          rowExpandable: (r) => (asImportResult(r.result)?.errors.length ?? 0) > 0,
          expandedRowRender: (r) => <ImportErrorTable errors={asImportResult(r.result)?.errors ?? []} />,
        }}
      />
    </Card>
  );
}
