import { Modal, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LoadFailure } from '../../../shared/ui/LoadFailure.tsx';
import { type IndicatorRecord, type RecordSide, useIndicatorRecords } from '../api.ts';

export interface RecordsTarget {
  indicatorId: string;
  indicatorName: string;
  regionCode: string;
  regionName: string;
  year: number;
  side: RecordSide;
  category?: string;
}

export interface RecordsModalProps {
  target: RecordsTarget | null;
  onClose: () => void;
}

const PAGE_SIZE = 10;

/** Drill-through: the records counted below (denominator) or above (numerator) the line of one value, in pages. */
export function RecordsModal({ target, onClose }: RecordsModalProps) {
  const { t } = useTranslation();
  // Side and page are local: reset whenever the modal opens on another value (keyed by the caller).
  const [side, setSide] = useState<RecordSide>(target?.side ?? 'numerator');
  const [page, setPage] = useState(1);
  const records = useIndicatorRecords(target ? { indicatorId: target.indicatorId, regionCode: target.regionCode, year: target.year, side, category: target.category, page, pageSize: PAGE_SIZE } : null);

  return (
    <Modal
      open={target !== null}
      onCancel={onClose}
      footer={null}
      width={880}
      title={target ? t('indicators.records.title', { indicator: target.indicatorName, region: target.regionName, year: target.year }) : null}
      destroyOnHidden
    >
      <Space direction="vertical" style={{ width: '100%' }} data-testid="records-modal">
        <Segmented<RecordSide>
          data-testid="records-side"
          value={side}
          onChange={(v) => {
            setSide(v);
            setPage(1);
          }}
          options={(['numerator', 'denominator'] as const).map((s) => ({ value: s, label: t(`indicators.records.${s}`) }))}
        />
        <Typography.Text type="secondary">{t('indicators.records.hint')}</Typography.Text>
        {records.error ? (
          <LoadFailure error={records.error} onRetry={() => void records.refetch()} />
        ) : (
          <Table<IndicatorRecord>
            size="small"
            rowKey="subjectKey"
            loading={records.isFetching}
            dataSource={records.data?.items ?? []}
            pagination={{ current: page, pageSize: PAGE_SIZE, total: records.data?.total ?? 0, showSizeChanger: false, showTotal: (total) => t('common.total', { total }), onChange: setPage }}
            columns={[
              {
                title: t('indicators.records.label'),
                dataIndex: 'label',
                render: (label: string, r) => (r.href ? <Link to={r.href}>{label}</Link> : label),
              },
              { title: t('indicators.records.detail'), dataIndex: 'detail', render: (v: string | null) => v ?? '—' },
              { title: t('indicators.records.employer'), dataIndex: 'employerName', render: (v: string | null) => v ?? '—' },
              { title: t('indicators.records.region'), dataIndex: 'regionCode', width: 110 },
              {
                title: t('indicators.records.counted'),
                dataIndex: 'inNumerator',
                width: 110,
                render: (v: boolean) => (v ? <Tag color="success">{t('indicators.records.inNumerator')}</Tag> : <Tag>{t('indicators.records.notInNumerator')}</Tag>),
              },
            ]}
          />
        )}
      </Space>
    </Modal>
  );
}
