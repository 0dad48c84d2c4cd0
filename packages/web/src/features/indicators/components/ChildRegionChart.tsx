import { BarChart, type BarSeriesOption, MapChart, type MapSeriesOption } from 'echarts/charts';
import { GridComponent, type GridComponentOption, TooltipComponent, type TooltipComponentOption, VisualMapComponent, type VisualMapComponentOption } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useQuery } from '@tanstack/react-query';
import { Empty, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChildRegionValue } from '../api.ts';
import { type IndicatorUnit, chartValue, formatIndicatorValue } from '../format.ts';
import { childOfFeature, hasChildBoundaries, loadChildBoundaries } from '../geo.ts';

echarts.use([MapChart, BarChart, GridComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

type ChartOption = echarts.ComposeOption<MapSeriesOption | BarSeriesOption | GridComponentOption | TooltipComponentOption | VisualMapComponentOption>;

export interface ChildRegionChartProps {
  regionCode: string;
  level: string | null;
  unit: IndicatorUnit | null;
  items: readonly ChildRegionValue[];
  onDrill: (regionCode: string) => void;
}

const NO_DATA_COLOR = '#f0f0f0';

/**
 * The child regions coloured by the chosen indicator: an ECharts map where boundaries exist (the
 * country's provinces, a province's cities), a bar chart below that. Clicking a region drills down.
 */
export function ChildRegionChart({ regionCode, level, unit, items, onDrill }: ChildRegionChartProps) {
  const { t } = useTranslation();
  const withMap = hasChildBoundaries(regionCode, level);
  const boundaries = useQuery({
    queryKey: ['geo', regionCode, level],
    queryFn: async () => {
      const loaded = await loadChildBoundaries(regionCode, level);
      // echarts keeps registered maps by name; registering again is harmless.
      if (loaded) echarts.registerMap(loaded.name, loaded.geo as never);
      return loaded;
    },
    enabled: withMap,
    staleTime: Infinity,
  });
  if (items.length === 0) return <Empty description={t('indicators.noChildren')} />;
  if (withMap && boundaries.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;

  const values = items.map((i) => chartValue(i.value, unit)).filter((v): v is number => v !== null);
  const max = unit === 'ratio' ? 100 : Math.max(1, ...values);
  const suffix = unit === 'ratio' ? '%' : unit === 'rate_per_1000' ? '‰' : '';
  const tooltip = (code: string | undefined, name: string) => {
    const item = items.find((i) => i.regionCode === code);
    if (!item) return `${name}<br/>${t('indicators.noData')}`;
    const counts = item.numerator !== null && item.denominator !== null ? `<br/>${item.numerator} / ${item.denominator}` : '';
    return `${item.name}<br/><b>${item.value === null ? t('indicators.noData') : formatIndicatorValue(item.value, unit)}</b>${counts}`;
  };
  const visualMap: VisualMapComponentOption = { min: 0, max, calculable: true, orient: 'horizontal', left: 'center', bottom: 0, text: [`${max}${suffix}`, `0${suffix}`], inRange: { color: ['#fff1f0', '#ffccc7', '#ffe58f', '#b7eb8f', '#389e0d'] }, outOfRange: { color: NO_DATA_COLOR } };

  let option: ChartOption;
  if (withMap && boundaries.data) {
    const data = boundaries.data.geo.features.map((f) => {
      const child = childOfFeature(f, items);
      return { name: f.properties.name, value: chartValue(child?.value, unit) ?? Number.NaN, regionCode: child?.regionCode };
    });
    option = {
      tooltip: { trigger: 'item', formatter: (p: unknown) => { const d = p as { name: string; data?: { regionCode?: string } }; return tooltip(d.data?.regionCode, d.name); } },
      visualMap,
      series: [{ type: 'map', map: boundaries.data.name, roam: false, data, label: { show: true, fontSize: 10 }, emphasis: { label: { show: true } }, itemStyle: { borderColor: '#8c8c8c', areaColor: NO_DATA_COLOR } }],
    };
  } else {
    const sorted = [...items].sort((a, b) => (b.value ?? -1) - (a.value ?? -1));
    option = {
      tooltip: { trigger: 'item', formatter: (p: unknown) => { const d = p as { name: string; data?: { regionCode?: string } }; return tooltip(d.data?.regionCode, d.name); } },
      visualMap: { ...visualMap, show: false, dimension: 0 },
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', max: unit === 'ratio' ? 100 : undefined, axisLabel: { formatter: `{value}${suffix}` } },
      yAxis: { type: 'category', inverse: true, data: sorted.map((i) => i.name), axisLabel: { interval: 0 } },
      series: [{ type: 'bar', data: sorted.map((i) => ({ value: chartValue(i.value, unit) ?? 0, regionCode: i.regionCode })), label: { show: true, position: 'right', formatter: (p: unknown) => formatIndicatorValue(sorted[(p as { dataIndex: number }).dataIndex]?.value, unit) } }],
    };
  }
  const height = withMap ? 420 : Math.max(200, items.length * 26 + 40);
  return (
    <div data-testid={withMap ? 'child-region-map' : 'child-region-bars'}>
      {!withMap ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('indicators.noBoundaries')}</Typography.Text> : null}
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        style={{ height }}
        onEvents={{
          click: (p: { data?: { regionCode?: string } }) => {
            if (p.data?.regionCode) onDrill(p.data.regionCode);
          },
        }}
      />
    </div>
  );
}
