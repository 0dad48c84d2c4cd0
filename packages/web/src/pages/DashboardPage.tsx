import { DownloadOutlined, ProfileOutlined } from '@ant-design/icons';
import { todayCst } from '@ohnet/domain';
import { App, Breadcrumb, Button, Card, Col, Row, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../features/auth/index.ts';
import {
  ChildRegionChart,
  ChildRegionTable,
  IndicatorCards,
  RecordsModal,
  TrendChart,
  type RecordsTarget,
  cardModels,
  exportChildRegions,
  useIndicatorCatalogue,
  useIndicatorChildren,
  useIndicatorTrend,
  useRegionDashboard,
} from '../features/indicators/index.ts';
import { RegionPicker, useRegionDetail } from '../features/regions/index.ts';
import { useListSearchParams } from '../shared/hooks/use-list-search-params.ts';
import { translateDynamic } from '../shared/i18n/index.ts';
import { planPath } from '../shared/routes.ts';
import { LoadFailure } from '../shared/ui/LoadFailure.tsx';
import { PageHeader } from '../shared/ui/PageHeader.tsx';
import { PageLoading } from '../shared/ui/PageLoading.tsx';

const FIRST_YEAR = 2020;

/**
 * 指标看板 (decision support): a region's indicators against its plan, the child regions of the
 * chosen indicator on a map (or bars) and in a table, its trend, drill-down by region and
 * drill-through to the records. Region, year and indicator live in the URL.
 */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { session } = useSession();
  const thisYear = Number(todayCst().slice(0, 4));
  const { filters, setFilters } = useListSearchParams(['region', 'year', 'indicator'] as const);
  const regionCode = filters.region ?? session.scope.rootRegionCode ?? session.organisation.regionCode;
  const year = Number(filters.year) || thisYear;
  const dashboard = useRegionDashboard(regionCode, year);
  const catalogue = useIndicatorCatalogue();
  const region = useRegionDetail(regionCode);
  const [records, setRecords] = useState<RecordsTarget | null>(null);
  const [exporting, setExporting] = useState(false);

  const data = dashboard.data;
  const cards = data && catalogue.data ? cardModels(catalogue.data.items, data.values, data.plan?.entries ?? null, i18n.language) : [];
  const computedCards = cards.filter((c) => c.computed);
  const indicatorId = filters.indicator && computedCards.some((c) => c.indicatorId === filters.indicator) ? filters.indicator : (computedCards[0]?.indicatorId ?? null);
  const chosen = cards.find((c) => c.indicatorId === indicatorId) ?? null;
  const children = useIndicatorChildren(indicatorId, regionCode, year);
  const plan = data?.plan ?? null;
  const trend = useIndicatorTrend(indicatorId, regionCode, plan ? Math.min(plan.plan.startYear - 1, year) : year - 5, year);

  if (dashboard.error) return <LoadFailure error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  if (!data || !catalogue.data) return <PageLoading />;

  const regionName = data.region.name;
  const planRegionName = plan && plan.plan.regionCode !== regionCode ? plan.plan.regionName : null;
  const drill = (code: string) => setFilters({ region: code });
  const openRecords = (id: string, side: 'numerator' | 'denominator', code = regionCode, name = regionName) => {
    const card = cards.find((c) => c.indicatorId === id);
    setRecords({ indicatorId: id, indicatorName: card?.name ?? id, regionCode: code, regionName: name, year, side });
  };
  const targetValue = chosen?.entry?.target.kind === 'value' ? chosen.entry.target.value : null;
  const scopeRoot = session.scope.rootRegionCode;
  const path = region.data ? [...region.data.ancestors, region.data] : [];
  const visiblePath = scopeRoot ? path.slice(Math.max(0, path.findIndex((r) => r.code === scopeRoot))) : path;

  const handleExport = async () => {
    if (!chosen || !children.data) return;
    setExporting(true);
    try {
      await exportChildRegions({
        indicatorName: chosen.name,
        unit: chosen.unit,
        regionName,
        year,
        asOf: data.asOf,
        items: children.data.items,
        title: t('indicators.export.title', { region: regionName, indicator: chosen.name, year, asOf: data.asOf }),
        headers: { code: t('indicators.columns.code'), region: t('indicators.columns.region'), value: t('indicators.columns.value'), numerator: t('indicators.columns.numerator'), denominator: t('indicators.columns.denominator') },
      });
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setExporting(false);
    }
  };

  return (
    <div data-testid="dashboard-page">
      <PageHeader
        title={t('indicators.dashboard.title')}
        subtitle={t('indicators.dashboard.subtitle', { asOf: data.asOf })}
        extra={
          plan ? (
            <Link to={planPath(plan.plan.id)}>
              <Button icon={<ProfileOutlined />} data-testid="open-plan">
                {t('indicators.dashboard.openPlan', { plan: plan.plan.name })}
              </Button>
            </Link>
          ) : null
        }
      />
      <Space wrap style={{ marginBottom: 12 }}>
        <RegionPicker value={regionCode} allowClear={false} onChange={(code) => code && setFilters({ region: code })} style={{ width: 320 }} data-testid="dashboard-region" />
        <Select<number>
          data-testid="dashboard-year"
          value={year}
          style={{ width: 110 }}
          onChange={(y) => setFilters({ year: String(y) })}
          options={Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i).map((y) => ({ value: y, label: t('indicators.yearOption', { year: y }) }))}
        />
      </Space>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={visiblePath.map((r) => ({ key: r.code, title: r.code === regionCode ? r.name : <Typography.Link onClick={() => drill(r.code)}>{r.name}</Typography.Link> }))}
      />
      {plan ? (
        <Typography.Paragraph type="secondary">
          {t('indicators.dashboard.planLine', { plan: plan.plan.name, asOf: plan.asOf })}
          {planRegionName ? ` ${t('indicators.dashboard.inheritedPlan', { region: planRegionName })}` : ''}
        </Typography.Paragraph>
      ) : (
        <Typography.Paragraph type="secondary">{t('indicators.dashboard.noPlan')}</Typography.Paragraph>
      )}
      <IndicatorCards cards={cards} selected={indicatorId} planRegionName={planRegionName} onSelect={(id) => setFilters({ indicator: id })} onOpenRecords={(id, side) => openRecords(id, side)} />

      {chosen ? (
        <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
          <Col xs={24} xl={14}>
            <Card
              size="small"
              title={t('indicators.dashboard.mapTitle', { level: translateDynamic(`regionLevels.${children.data?.items[0]?.level ?? ''}`, '—') })}
              extra={
                <Select<string>
                  data-testid="map-indicator"
                  value={indicatorId ?? undefined}
                  style={{ width: 260 }}
                  onChange={(id) => setFilters({ indicator: id })}
                  options={computedCards.map((c) => ({ value: c.indicatorId, label: c.name }))}
                />
              }
            >
              {children.error ? (
                <LoadFailure error={children.error} onRetry={() => void children.refetch()} />
              ) : children.data ? (
                <ChildRegionChart regionCode={regionCode} level={data.region.level} unit={chosen.unit} items={children.data.items} onDrill={drill} />
              ) : (
                <PageLoading />
              )}
            </Card>
          </Col>
          <Col xs={24} xl={10}>
            <Card size="small" title={t('indicators.dashboard.trendTitle', { indicator: chosen.name })}>
              {trend.error ? <LoadFailure error={trend.error} onRetry={() => void trend.refetch()} /> : <TrendChart unit={chosen.unit} points={trend.data?.items ?? []} target={targetValue} />}
            </Card>
          </Col>
          <Col span={24}>
            <Card
              size="small"
              title={t('indicators.dashboard.tableTitle', { indicator: chosen.name, year })}
              extra={
                <Button icon={<DownloadOutlined />} loading={exporting} disabled={!children.data || children.data.items.length === 0} onClick={() => void handleExport()} data-testid="export-children">
                  {t('indicators.export.button')}
                </Button>
              }
            >
              <ChildRegionTable
                unit={chosen.unit}
                items={children.data?.items ?? []}
                loading={children.isFetching}
                onDrill={drill}
                onOpenRecords={(code, side) => openRecords(chosen.indicatorId, side, code, children.data?.items.find((i) => i.regionCode === code)?.name ?? code)}
              />
            </Card>
          </Col>
        </Row>
      ) : null}
      <RecordsModal key={records ? `${records.indicatorId}|${records.regionCode}|${records.side}` : 'closed'} target={records} onClose={() => setRecords(null)} />
    </div>
  );
}
