import { WarningOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { workerDosePath } from '../../../shared/routes.ts';
import { serverPagination } from '../../../shared/ui/table-pagination.ts';
import type { DoseRecord } from '../api.ts';

export interface DoseRecordTableProps {
  items: DoseRecord[];
  total?: number;
  loading: boolean;
  page?: number;
  pageSize?: number;
  onPageChange?: (page: number, pageSize: number) => void;
  /** Leave out the worker columns (the worker's own history). */
  hideWorker?: boolean;
  /** Offered on the records this institution filed (dosimetry services). */
  onCorrect?: (record: DoseRecord) => void;
  /** The actor's organisation: only its own records can be corrected. */
  ownInstitutionId?: string;
}

export const msv = (v: number | null | undefined) => (v === null || v === undefined ? '—' : v.toFixed(2));

/** Dose records: worker, employer, period, Hp(10)/Hp(3)/Hp(0.07), the investigation-level flag and warnings. */
export function DoseRecordTable({ items, total, loading, page, pageSize, onPageChange, hideWorker = false, onCorrect, ownInstitutionId }: DoseRecordTableProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<DoseRecord> = [
    ...(hideWorker
      ? []
      : ([
          {
            key: 'worker',
            title: t('radiation.fields.worker'),
            width: 120,
            render: (_, r) => (
              <Link to={workerDosePath(r.workerId)} data-testid={`dose-worker-${r.workerId}`}>
                {r.workerName}
              </Link>
            ),
          },
          { key: 'idNumber', title: t('radiation.fields.idNumber'), width: 180, render: (_, r) => <Typography.Text code>{r.idNumberMasked}</Typography.Text> },
          { key: 'employer', title: t('radiation.fields.employer'), width: 220, render: (_, r) => r.employerName },
        ] satisfies TableColumnsType<DoseRecord>)),
    { key: 'post', title: t('radiation.fields.post'), width: 150, render: (_, r) => r.postName ?? t('common.empty') },
    { key: 'period', title: t('radiation.fields.period'), width: 200, render: (_, r) => `${r.periodStart} ～ ${r.periodEnd}` },
    {
      key: 'hp10',
      title: 'Hp(10) mSv',
      width: 130,
      align: 'right',
      render: (_, r) => (
        <Space size={4}>
          {r.overInvestigationLevel ? (
            <Tooltip title={t('radiation.overLevelTip', { level: r.investigationLevelMsv })}>
              <Tag color="orange" data-testid="dose-over-tag">
                {t('radiation.overLevelTag')}
              </Tag>
            </Tooltip>
          ) : null}
          {msv(r.hp10Msv)}
        </Space>
      ),
    },
    { key: 'hp3', title: 'Hp(3) mSv', width: 100, align: 'right', render: (_, r) => msv(r.hp3Msv) },
    { key: 'hp007', title: 'Hp(0.07) mSv', width: 120, align: 'right', render: (_, r) => msv(r.hp007Msv) },
    { key: 'category', title: t('radiation.fields.category'), width: 90, render: (_, r) => r.occupationCategory ?? t('common.empty') },
    { key: 'institution', title: t('radiation.fields.institution'), width: 220, render: (_, r) => r.institutionName },
    {
      key: 'warnings',
      title: '',
      width: 110,
      render: (_, r) => (
        <Space size={4}>
          {r.warnings.length ? (
            <Tooltip title={r.warnings.map((w) => w.message).join('；')}>
              <WarningOutlined style={{ color: '#d48806' }} />
            </Tooltip>
          ) : null}
          {r.supersedesId ? (
            <Tooltip title={`${t('radiation.correct.corrected')}：${r.correctionReason ?? ''}`}>
              <Tag>{t('radiation.correct.corrected')}</Tag>
            </Tooltip>
          ) : null}
        </Space>
      ),
    },
    ...(onCorrect
      ? ([
          {
            key: 'actions',
            title: '',
            width: 80,
            fixed: 'right',
            render: (_, r) =>
              r.institutionId === ownInstitutionId ? (
                <Button size="small" type="link" onClick={() => onCorrect(r)} data-testid={`dose-correct-${r.id}`}>
                  {t('radiation.correct.button')}
                </Button>
              ) : null,
          },
        ] satisfies TableColumnsType<DoseRecord>)
      : []),
  ];
  return (
    <Table<DoseRecord>
      data-testid="dose-records-table"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={onPageChange && page && pageSize ? serverPagination(page, pageSize, total, onPageChange) : false}
      scroll={{ x: (hideWorker ? 1230 : 1750) + (onCorrect ? 80 : 0) }}
    />
  );
}
