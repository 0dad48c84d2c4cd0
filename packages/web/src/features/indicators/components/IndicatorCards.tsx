import { Card, Col, Empty, Row, Space, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IndicatorCatalogueItem, IndicatorValueItem, PlanEntryView, RecordSide } from '../api.ts';
import { type IndicatorUnit, formatIndicatorValue } from '../format.ts';
import { StatusTag } from './StatusTag.tsx';

/** One card: an indicator's value in the page's region and year, with the plan's target and status when a plan covers it. */
export interface IndicatorCardModel {
  indicatorId: string;
  name: string;
  unit: IndicatorUnit | null;
  value: IndicatorValueItem | null;
  entry: PlanEntryView | null;
  computed: boolean;
}

/** Plan entries first (in the plan's order), then the other indicators with a value. */
export function cardModels(catalogue: readonly IndicatorCatalogueItem[], values: readonly IndicatorValueItem[], entries: readonly PlanEntryView[] | null, lang: string): IndicatorCardModel[] {
  const defs = new Map(catalogue.map((d) => [d.id, d]));
  const byId = new Map(values.map((v) => [v.indicatorId, v]));
  const nameOf = (id: string) => {
    const d = defs.get(id);
    return d ? (lang.startsWith('zh') ? d.nameZh : d.nameEn) : id;
  };
  const fromPlan = (entries ?? []).map((e) => ({
    indicatorId: e.indicatorId,
    name: e.nameAsWritten,
    unit: (defs.get(e.indicatorId)?.unit ?? null) as IndicatorUnit | null,
    value: byId.get(e.indicatorId) ?? null,
    entry: e,
    computed: byId.get(e.indicatorId)?.computed ?? false,
  }));
  const inPlan = new Set(fromPlan.map((c) => c.indicatorId));
  const others = values
    .filter((v) => !inPlan.has(v.indicatorId) && (v.computed || v.value !== null))
    .map((v) => ({ indicatorId: v.indicatorId, name: nameOf(v.indicatorId), unit: (defs.get(v.indicatorId)?.unit ?? null) as IndicatorUnit | null, value: v, entry: null, computed: v.computed }));
  return [...fromPlan, ...others];
}

export interface IndicatorCardsProps {
  cards: IndicatorCardModel[];
  selected: string | null;
  /** The plan's region when it is not the page's region (its targets and statuses are that region's). */
  planRegionName: string | null;
  onSelect: (indicatorId: string) => void;
  onOpenRecords: (indicatorId: string, side: RecordSide) => void;
}

/** Indicator cards: value formatted by unit, numerator/denominator, target as written, status; "not yet computed" never shows a number. */
export function IndicatorCards({ cards, selected, planRegionName, onSelect, onOpenRecords }: IndicatorCardsProps) {
  const { t } = useTranslation();
  if (cards.length === 0) return <Empty description={t('indicators.noIndicators')} />;
  return (
    <Row gutter={[12, 12]} data-testid="indicator-cards">
      {cards.map((c) => {
        const v = c.value;
        const hasValue = v !== null && v.value !== null;
        const drillable = c.computed && v !== null && v.denominator !== null;
        const isSelected = selected === c.indicatorId;
        return (
          <Col key={c.indicatorId} xs={24} sm={12} lg={8} xxl={6}>
            <Card
              size="small"
              hoverable={c.computed}
              data-testid={`indicator-card-${c.indicatorId}`}
              style={isSelected ? { borderColor: '#1677ff', boxShadow: '0 0 0 1px #1677ff' } : undefined}
              onClick={c.computed ? () => onSelect(c.indicatorId) : undefined}
              title={
                <Tooltip title={c.name}>
                  <span>{c.entry?.number ? `${c.entry.number} ` : ''}{c.name}</span>
                </Tooltip>
              }
              extra={c.entry ? <StatusTag status={c.entry.status} rule={c.entry.rule} basis={c.entry.basis} /> : null}
            >
              <Space direction="vertical" size={2} style={{ width: '100%' }}>
                {hasValue ? (
                  <Typography.Link
                    style={{ fontSize: 24, fontWeight: 600 }}
                    disabled={!drillable}
                    data-testid={`indicator-value-${c.indicatorId}`}
                    onClick={(e) => {
                      e.stopPropagation();
                      if (drillable) onOpenRecords(c.indicatorId, 'numerator');
                    }}
                  >
                    {formatIndicatorValue(v.value, c.unit)}
                  </Typography.Link>
                ) : (
                  <Typography.Text type="secondary" style={{ fontSize: 16 }} data-testid={`indicator-none-${c.indicatorId}`}>
                    {c.computed ? t('indicators.noRecords') : t('indicators.notComputed')}
                  </Typography.Text>
                )}
                {v && v.numerator !== null && v.denominator !== null ? (
                  <Typography.Text type="secondary">
                    <Typography.Link
                      onClick={(e) => {
                        e.stopPropagation();
                        onOpenRecords(c.indicatorId, 'numerator');
                      }}
                    >
                      {v.numerator}
                    </Typography.Link>
                    {' / '}
                    <Typography.Link
                      data-testid={`indicator-denominator-${c.indicatorId}`}
                      onClick={(e) => {
                        e.stopPropagation();
                        onOpenRecords(c.indicatorId, 'denominator');
                      }}
                    >
                      {v.denominator}
                    </Typography.Link>
                    {` ${t('indicators.numDen')}`}
                  </Typography.Text>
                ) : null}
                {v?.source === 'manual' ? <Typography.Text type="secondary">{t('indicators.manualSource', { source: v.sourceNote ?? '' })}</Typography.Text> : null}
                {c.entry ? (
                  <Typography.Text>
                    {t('indicators.target')}: {c.entry.target.kind === 'text' ? c.entry.target.text : c.entry.target.asWritten}
                    {planRegionName ? <Typography.Text type="secondary">{` (${t('indicators.planOf', { region: planRegionName })})`}</Typography.Text> : null}
                  </Typography.Text>
                ) : (
                  <Typography.Text type="secondary">{t('indicators.noTarget')}</Typography.Text>
                )}
              </Space>
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
