import { Button, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format/index.ts';
import { serverPagination } from '../../../shared/ui/table-pagination.ts';
import type { WorkerListItem } from '../api.ts';

export interface WorkerTableProps {
  items: WorkerListItem[];
  total: number | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  onOpen: (worker: WorkerListItem) => void;
  /** Absent when the user may not record departures. */
  onEnd?: (worker: WorkerListItem) => void;
}

/** Workers of an employer, one row per employment episode; ID numbers are masked by the server. */
export function WorkerTable({ items, total, loading, page, pageSize, onPageChange, onOpen, onEnd }: WorkerTableProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<WorkerListItem> = [
    {
      key: 'name',
      title: t('workers.fields.name'),
      width: 120,
      render: (_, w) => (
        <Typography.Link onClick={() => onOpen(w)} data-testid={`worker-open-${w.employmentId}`}>
          {w.name}
        </Typography.Link>
      ),
    },
    { key: 'idNumber', title: t('workers.fields.idNumber'), width: 200, render: (_, w) => <Typography.Text code>{w.idNumberMasked}</Typography.Text> },
    { key: 'sex', title: t('workers.fields.sex'), width: 70, render: (_, w) => t(`workers.sex.${w.sex}`) },
    { key: 'birthDate', title: t('workers.fields.birthDate'), width: 120, render: (_, w) => formatDate(w.birthDate) },
    {
      key: 'post',
      title: t('workers.fields.post'),
      render: (_, w) => (
        <>
          {w.postName ?? t('common.empty')}
          {w.isDispatched ? (
            <Tag color="gold" style={{ marginInlineStart: 8 }}>
              {t('workers.dispatched')}
            </Tag>
          ) : null}
        </>
      ),
    },
    { key: 'startDate', title: t('workers.fields.startDate'), width: 120, render: (_, w) => formatDate(w.startDate) },
    {
      key: 'endDate',
      title: t('workers.fields.endDate'),
      width: 120,
      render: (_, w) => (w.endDate ? formatDate(w.endDate) : <Tag color="success">{t('workers.status.active')}</Tag>),
    },
  ];
  if (onEnd) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      width: 100,
      render: (_, w) =>
        w.endDate ? null : (
          <Button type="link" size="small" onClick={() => onEnd(w)} data-testid={`worker-end-${w.employmentId}`}>
            {t('workers.end.action')}
          </Button>
        ),
    });
  }

  return (
    <Table<WorkerListItem>
      data-testid="workers-table"
      rowKey="employmentId"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={serverPagination(page, pageSize, total, onPageChange)}
      scroll={{ x: 1000 }}
    />
  );
}
