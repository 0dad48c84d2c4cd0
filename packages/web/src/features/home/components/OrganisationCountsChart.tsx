import { BarChart, type BarSeriesOption } from 'echarts/charts';
import { GridComponent, type GridComponentOption, TooltipComponent, type TooltipComponentOption } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useTranslation } from 'react-i18next';
import type { OrganisationCount } from '../api.ts';

// Only what this chart draws: keeps ECharts' share of the bundle small.
echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

type ChartOption = echarts.ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption>;

const BAR_HEIGHT = 34;

export interface OrganisationCountsChartProps {
  counts: readonly OrganisationCount[];
}

/** Horizontal bars, largest type on top. */
export function OrganisationCountsChart({ counts }: OrganisationCountsChartProps) {
  const { t } = useTranslation();
  const rows = [...counts].sort((a, b) => a.count - b.count);
  const option: ChartOption = {
    animationDuration: 300,
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { type: 'dashed' } } },
    yAxis: { type: 'category', data: rows.map((r) => t(`organisationTypes.${r.type}`)), axisTick: { show: false } },
    series: [
      {
        type: 'bar',
        name: t('home.chartSeries'),
        data: rows.map((r) => r.count),
        barMaxWidth: 18,
        itemStyle: { color: '#1558b0', borderRadius: [0, 2, 2, 0] },
        label: { show: true, position: 'right' },
      },
    ],
  };
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      notMerge
      style={{ height: Math.max(160, rows.length * BAR_HEIGHT + 24), width: '100%' }}
      data-testid="home-organisation-chart"
    />
  );
}
