import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChildRegionValue, RecordSide } from '../api.ts';
import { type IndicatorUnit, formatIndicatorValue } from '../format.ts';

export interface ChildRegionTableProps {
  unit: IndicatorUnit | null;
  items: readonly ChildRegionValue[];
  loading?: boolean;
  onDrill: (regionCode: string) => void;
  onOpenRecords: (regionCode: string, side: RecordSide) => void;
}

const nullsLast = (a: number | null, b: number | null) => (a ?? -Infinity) - (b ?? -Infinity);

/** Child regions of the page's region for the chosen indicator; sortable; the name drills down, the counts open the records. */
export function ChildRegionTable({ unit, items, loading, onDrill, onOpenRecords }: ChildRegionTableProps) {
  const { t } = useTranslation();
  return (
    <Table<ChildRegionValue>
      size="small"
      rowKey="regionCode"
      loading={loading}
      dataSource={[...items]}
      pagination={false}
      data-testid="child-region-table"
      columns={[
        { title: t('indicators.columns.code'), dataIndex: 'regionCode', width: 120, sorter: (a, b) => a.regionCode.localeCompare(b.regionCode) },
        {
          title: t('indicators.columns.region'),
          dataIndex: 'name',
          sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
          render: (name: string, r) => (
            <Typography.Link data-testid={`child-region-${r.regionCode}`} onClick={() => onDrill(r.regionCode)}>
              {name}
            </Typography.Link>
          ),
        },
        {
          title: t('indicators.columns.value'),
          dataIndex: 'value',
          align: 'right',
          defaultSortOrder: 'descend',
          sorter: (a, b) => nullsLast(a.value, b.value),
          render: (v: number | null) => (v === null ? <Typography.Text type="secondary">{t('indicators.noData')}</Typography.Text> : formatIndicatorValue(v, unit)),
        },
        {
          title: t('indicators.columns.numerator'),
          dataIndex: 'numerator',
          align: 'right',
          sorter: (a, b) => nullsLast(a.numerator, b.numerator),
          render: (v: number | null, r) => (v === null ? '—' : <Typography.Link onClick={() => onOpenRecords(r.regionCode, 'numerator')}>{v}</Typography.Link>),
        },
        {
          title: t('indicators.columns.denominator'),
          dataIndex: 'denominator',
          align: 'right',
          sorter: (a, b) => nullsLast(a.denominator, b.denominator),
          render: (v: number | null, r) => (v === null ? '—' : <Typography.Link onClick={() => onOpenRecords(r.regionCode, 'denominator')}>{v}</Typography.Link>),
        },
      ]}
    />
  );
}
