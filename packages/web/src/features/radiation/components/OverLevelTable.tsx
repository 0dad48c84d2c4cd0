import { Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { workerDosePath } from '../../../shared/routes.ts';
import type { OverLevelWorker } from '../api.ts';
import { msv } from './DoseRecordTable.tsx';
import { FlagText } from './FlagText.tsx';

export interface OverLevelTableProps {
  items: OverLevelWorker[];
  loading: boolean;
}

/** Workers above the investigation level (GBZ 128) or a dose limit (GB 18871) in the year. */
export function OverLevelTable({ items, loading }: OverLevelTableProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<OverLevelWorker> = [
    {
      key: 'worker',
      title: t('radiation.fields.worker'),
      width: 120,
      render: (_, w) => (
        <Link to={workerDosePath(w.workerId)} data-testid={`over-worker-${w.workerId}`}>
          {w.workerName}
        </Link>
      ),
    },
    { key: 'idNumber', title: t('radiation.fields.idNumber'), width: 180, render: (_, w) => <Typography.Text code>{w.idNumberMasked}</Typography.Text> },
    { key: 'employers', title: t('radiation.fields.employer'), render: (_, w) => w.employers.map((e) => e.name).join('、') },
    {
      key: 'level',
      title: t('radiation.fields.level'),
      width: 120,
      render: (_, w) => <Tag color={w.level === 'limit' ? 'red' : 'orange'}>{t(`radiation.levels.${w.level}`)}</Tag>,
    },
    { key: 'year', title: t('radiation.fields.yearHp10'), width: 130, align: 'right', render: (_, w) => msv(w.yearHp10Msv) },
    { key: 'five', title: t('radiation.fields.fiveYearHp10'), width: 140, align: 'right', render: (_, w) => msv(w.fiveYearHp10Msv) },
    {
      key: 'flags',
      title: t('radiation.fields.flags'),
      render: (_, w) =>
        w.flags.map((f, i) => (
          <div key={i}>
            <FlagText flag={f} />
          </div>
        )),
    },
  ];
  return <Table<OverLevelWorker> data-testid="over-level-table" rowKey="workerId" size="middle" columns={columns} dataSource={items} loading={loading} pagination={false} scroll={{ x: 1200 }} />;
}
