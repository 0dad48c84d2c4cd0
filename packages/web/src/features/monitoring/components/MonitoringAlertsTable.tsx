import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../shared/format/index.ts';
import { monitoringEmployerPath } from '../../../shared/routes.ts';
import { serverPagination } from '../../../shared/ui/table-pagination.ts';
import type { MonitoringAlert } from '../api.ts';
import { AlertKindTag } from './AlertKindTag.tsx';

export interface MonitoringAlertsTableProps {
  items: MonitoringAlert[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPage: (page: number, pageSize: number) => void;
}

/** Alert episodes: employer (link to its live page), post, device, level, when opened / closed, peak, basis. */
export function MonitoringAlertsTable({ items, total, page, pageSize, loading, onPage }: MonitoringAlertsTableProps) {
  const { t } = useTranslation();
  return (
    <Table<MonitoringAlert>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={items}
      pagination={serverPagination(page, pageSize, total, onPage)}
      data-testid="monitoring-alerts-table"
      columns={[
        { title: t('monitoring.alerts.employer'), dataIndex: 'employerName', render: (name: string, a) => <Link to={monitoringEmployerPath(a.employerId)}>{name}</Link> },
        { title: t('monitoring.post'), dataIndex: 'postName' },
        { title: t('monitoring.alerts.device'), key: 'device', render: (_: unknown, a) => `${a.deviceCode} · ${a.factorName}` },
        { title: t('monitoring.alerts.kind'), dataIndex: 'kind', render: (k: MonitoringAlert['kind']) => <AlertKindTag kind={k} /> },
        { title: t('monitoring.alerts.openedAt'), dataIndex: 'openedAt', render: formatDateTime },
        { title: t('monitoring.alerts.closedAt'), dataIndex: 'closedAt', render: (v: string | null) => (v ? formatDateTime(v) : <Tag color="red">{t('monitoring.alerts.stillOpen')}</Tag>) },
        { title: t('monitoring.alerts.peak'), key: 'peak', render: (_: unknown, a) => `${a.peakValue.toFixed(a.unit === 'dB(A)' ? 1 : 3)} / ${a.threshold} ${a.unit}` },
        {
          title: t('monitoring.basis'),
          dataIndex: 'citation',
          render: (c: string, a) => (
            <Typography.Text type="secondary">
              {c} {a.verified ? null : <Tag color="gold">{t('monitoring.unverified')}</Tag>}
            </Typography.Text>
          ),
        },
      ]}
    />
  );
}
