import { Button, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanEntryView } from '../api.ts';
import { type IndicatorUnit, formatIndicatorValue } from '../format.ts';
import { StatusTag } from './StatusTag.tsx';

export interface PlanEntriesTableProps {
  entries: readonly PlanEntryView[];
  canEdit: boolean;
  onEdit: (entry: PlanEntryView) => void;
  onEnterValue: (entry: PlanEntryView) => void;
}

const unitOf = (e: PlanEntryView) => (e.definition?.unit ?? null) as IndicatorUnit | null;

/** A plan's indicator table: baseline, target (as written), current value with its source, status. */
export function PlanEntriesTable({ entries, canEdit, onEdit, onEnterValue }: PlanEntriesTableProps) {
  const { t } = useTranslation();
  return (
    <Table<PlanEntryView>
      size="small"
      rowKey="indicatorId"
      dataSource={[...entries]}
      pagination={false}
      data-testid="plan-entries"
      columns={[
        { title: t('indicators.plan.columns.number'), dataIndex: 'number', width: 56, render: (v: string | null) => v ?? '' },
        {
          title: t('indicators.plan.columns.indicator'),
          dataIndex: 'nameAsWritten',
          render: (name: string, e) => (
            <Space direction="vertical" size={0}>
              <span>{name}</span>
              {e.note ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{e.note}</Typography.Text> : null}
            </Space>
          ),
        },
        { title: t('indicators.plan.columns.baseline'), dataIndex: 'baseline', width: 140, render: (b: PlanEntryView['baseline']) => (b ? t('indicators.plan.baselineText', { value: b.asWritten, year: b.year }) : '—') },
        { title: t('indicators.plan.columns.target'), dataIndex: 'target', width: 160, render: (target: PlanEntryView['target']) => (target.kind === 'text' ? target.text : target.asWritten) },
        {
          title: t('indicators.plan.columns.value'),
          dataIndex: 'value',
          width: 190,
          render: (v: PlanEntryView['value'], e) =>
            v ? (
              <Space direction="vertical" size={0}>
                <Typography.Text strong>{formatIndicatorValue(v.value, unitOf(e))}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {v.numerator !== null && v.denominator !== null ? `${v.numerator} / ${v.denominator} · ` : ''}
                  {v.source === 'manual' ? t('indicators.manualSource', { source: v.sourceNote ?? '' }) : t('indicators.computedAsOf', { asOf: v.asOf })}
                </Typography.Text>
              </Space>
            ) : (
              <Typography.Text type="secondary">{t('indicators.notComputed')}</Typography.Text>
            ),
        },
        {
          title: t('indicators.plan.columns.expected'),
          dataIndex: 'expected',
          width: 100,
          render: (v: number | null, e) => formatIndicatorValue(v, unitOf(e)),
        },
        { title: t('common.status'), dataIndex: 'status', width: 110, render: (s: PlanEntryView['status'], e) => <StatusTag status={s} rule={e.rule} basis={e.basis} /> },
        ...(canEdit
          ? [
              {
                title: t('common.actions'),
                key: 'actions',
                width: 170,
                render: (_: unknown, e: PlanEntryView) => (
                  <Space size={4}>
                    <Button size="small" type="link" onClick={() => onEdit(e)} data-testid={`edit-entry-${e.indicatorId}`}>
                      {t('indicators.plan.editTarget')}
                    </Button>
                    {e.definition && e.definition.computedBy === null ? (
                      <Button size="small" type="link" onClick={() => onEnterValue(e)} data-testid={`enter-value-${e.indicatorId}`}>
                        {t('indicators.plan.enterValue')}
                      </Button>
                    ) : null}
                  </Space>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
