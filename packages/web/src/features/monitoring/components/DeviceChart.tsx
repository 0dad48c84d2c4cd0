import { LineChart, type LineSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  type GridComponentOption,
  LegendComponent,
  type LegendComponentOption,
  MarkAreaComponent,
  type MarkAreaComponentOption,
  MarkLineComponent,
  type MarkLineComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { Empty, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoadFailure } from '../../../shared/ui/LoadFailure.tsx';
import { type DeviceState, useDeviceSeries } from '../api.ts';

// Only what this chart draws: keeps ECharts' share of the bundle small.
echarts.use([LineChart, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

type ChartOption = echarts.ComposeOption<LineSeriesOption | GridComponentOption | LegendComponentOption | MarkAreaComponentOption | MarkLineComponentOption | TooltipComponentOption>;

const LIMIT_COLOR = '#cf1322';
const ACTION_COLOR = '#d48806';

export interface DeviceChartProps {
  device: DeviceState;
}

/** The last 24 hours: 15-minute averages, the rolling 8-hour value, the limit and action level, and alert periods shaded. */
export function DeviceChart({ device }: DeviceChartProps) {
  const { t } = useTranslation();
  const series = useDeviceSeries(device.id);
  if (series.isPending) return <Skeleton active paragraph={{ rows: 4 }} />;
  if (series.error) return <LoadFailure error={series.error} onRetry={() => void series.refetch()} />;
  const { points, alerts } = series.data;
  if (points.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('monitoring.noData')} />;
  const limits = device.limits;
  const end = (start: string) => new Date(Date.parse(start) + 15 * 60_000).toISOString();
  const option: ChartOption = {
    animationDuration: 300,
    grid: { left: 8, right: 72, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? `${v.toFixed(device.factorKind === 'noise' ? 1 : 3)} ${device.unit}` : '—') },
    xAxis: { type: 'time' },
    yAxis: { type: 'value', name: device.unit, scale: device.factorKind === 'noise' },
    series: [
      {
        name: t('monitoring.chart.mean15'),
        type: 'line',
        showSymbol: false,
        lineStyle: { width: 1 },
        data: points.map((p) => [end(p.bucketStart), p.mean]),
        markArea: {
          silent: true,
          data: alerts.map((a) => [
            { xAxis: a.openedAt, itemStyle: { color: a.kind === 'limit' ? 'rgba(207, 19, 34, 0.08)' : 'rgba(212, 136, 6, 0.08)' } },
            { xAxis: a.closedAt ?? series.data.to },
          ]),
        },
      },
      {
        name: t('monitoring.chart.rolling8h'),
        type: 'line',
        showSymbol: false,
        lineStyle: { width: 3 },
        data: points.map((p) => [end(p.bucketStart), p.rolling8h]),
        markLine: limits
          ? {
              symbol: 'none',
              data: [
                { yAxis: limits.limit, name: t('monitoring.limit'), lineStyle: { color: LIMIT_COLOR, type: 'solid' }, label: { formatter: `${t('monitoring.limit')} ${limits.limit}` } },
                { yAxis: limits.actionLevel, name: t('monitoring.actionLevel'), lineStyle: { color: ACTION_COLOR, type: 'dashed' }, label: { formatter: `${t('monitoring.actionLevel')} ${limits.actionLevel}` } },
              ],
            }
          : undefined,
      },
    ],
  };
  return <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 280, width: '100%' }} data-testid={`monitoring-chart-${device.code}`} />;
}
