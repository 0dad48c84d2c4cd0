import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { Button, Descriptions, Drawer, Empty, Skeleton, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format/index.ts';
import { ErrorDisplay } from '../../../shared/ui/ErrorDisplay.tsx';
import { type Employment, type WorkerDetail, useWorker } from '../api.ts';

type ExposureRow = WorkerDetail['exposureYears']['byFactor'][number];

export interface WorkerDrawerProps {
  workerId: string | null;
  onClose: () => void;
}

interface WorkerPartProps {
  worker: WorkerDetail;
}

/** The masked ID number, the full one on request (the server has audited the read). */
function IdNumber({ worker }: WorkerPartProps) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  return (
    <Space size={4}>
      <Typography.Text code data-testid="worker-id-number">
        {shown ? worker.idNumber : worker.idNumberMasked}
      </Typography.Text>
      <Button
        type="text"
        size="small"
        icon={shown ? <EyeInvisibleOutlined /> : <EyeOutlined />}
        aria-label={shown ? t('workers.detail.hideId') : t('workers.detail.showId')}
        onClick={() => setShown(!shown)}
      />
    </Space>
  );
}

function WorkerDetailBody({ worker }: WorkerPartProps) {
  const { t } = useTranslation();
  const employmentColumns: TableColumnsType<Employment> = [
    { key: 'employer', title: t('workers.detail.employer'), render: (_, e) => e.employerName },
    {
      key: 'post',
      title: t('workers.fields.post'),
      render: (_, e) => (
        <>
          {[e.postName, e.jobType].filter(Boolean).join(' · ') || t('common.empty')}
          {e.isDispatched ? (
            <Tag color="gold" style={{ marginInlineStart: 8 }}>
              {t('workers.dispatched')}
            </Tag>
          ) : null}
        </>
      ),
    },
    { key: 'period', title: t('workers.detail.period'), width: 210, render: (_, e) => `${formatDate(e.startDate)} ~ ${e.endDate ? formatDate(e.endDate) : t('workers.detail.now')}` },
  ];
  const exposureColumns: TableColumnsType<ExposureRow> = [
    { key: 'factor', title: t('workers.detail.factor'), render: (_, r) => r.factorName },
    { key: 'years', title: t('workers.detail.years'), width: 120, align: 'right', render: (_, r) => t('workers.detail.yearsValue', { years: r.years.toFixed(2) }) },
    { key: 'days', title: t('workers.detail.days'), width: 110, align: 'right', render: (_, r) => r.days },
  ];
  return (
    <>
      <Descriptions size="small" column={2} bordered style={{ marginBottom: 20 }}>
        <Descriptions.Item label={t('workers.fields.name')}>{worker.name}</Descriptions.Item>
        <Descriptions.Item label={t('workers.fields.sex')}>{t(`workers.sex.${worker.sex}`)}</Descriptions.Item>
        <Descriptions.Item label={t('workers.fields.idNumber')} span={2}>
          <IdNumber worker={worker} />
        </Descriptions.Item>
        <Descriptions.Item label={t('workers.fields.birthDate')}>{formatDate(worker.birthDate)}</Descriptions.Item>
        <Descriptions.Item label={t('workers.fields.phone')}>{worker.phone ?? t('common.empty')}</Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5}>{t('workers.detail.employments')}</Typography.Title>
      <Table<Employment> rowKey="id" size="small" columns={employmentColumns} dataSource={worker.employments} pagination={false} style={{ marginBottom: 20 }} data-testid="worker-employments" />
      <Typography.Title level={5}>{t('workers.detail.exposureYears')}</Typography.Title>
      {worker.exposureYears.byFactor.length > 0 ? (
        <Table<ExposureRow> rowKey="factor" size="small" columns={exposureColumns} dataSource={worker.exposureYears.byFactor} pagination={false} data-testid="worker-exposure-years" />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workers.detail.noExposure')} />
      )}
      <Typography.Paragraph type="secondary" className="ohnet-citation" style={{ marginTop: 8 }}>
        {t('workers.detail.exposureNote', { date: formatDate(worker.exposureYears.asOf), rule: worker.exposureYears.rule })}
      </Typography.Paragraph>
    </>
  );
}

/** A worker's longitudinal record: identity, every employment, exposure years per factor. */
export function WorkerDrawer({ workerId, onClose }: WorkerDrawerProps) {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useWorker(workerId);

  const renderBody = () => {
    if (isPending) return <Skeleton active />;
    if (error) return <ErrorDisplay error={error} onRetry={() => void refetch()} />;
    return <WorkerDetailBody worker={data} />;
  };

  return (
    <Drawer open={workerId !== null} onClose={onClose} title={data?.name ?? t('workers.detail.title')} size={680} data-testid="worker-drawer">
      {workerId ? renderBody() : null}
    </Drawer>
  );
}
