import { AUDIOMETRIC_FREQUENCIES } from '@ohnet/domain';
import { LineChart, type LineSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  type GridComponentOption,
  LegendComponent,
  type LegendComponentOption,
  MarkLineComponent,
  type MarkLineComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HearingResult } from '../api.ts';

// Only what this chart draws: keeps ECharts' share of the toolbox small.
echarts.use([LineChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

type ChartOption = echarts.ComposeOption<LineSeriesOption | GridComponentOption | LegendComponentOption | MarkLineComponentOption | TooltipComponentOption>;

/** Audiogram conventions: right ear red circles, left ear blue crosses, hearing loss downwards. */
const RIGHT_COLOR = '#cf1322';
const LEFT_COLOR = '#1558b0';
const CROSS = 'path://M2,0 L10,8 L18,0 L20,2 L12,10 L20,18 L18,20 L10,12 L2,20 L0,18 L8,10 L0,2 Z';
/** GBZ 49-2014 grades from 26 dB HL: 25 dB HL is drawn as the upper bound of normal hearing. */
const NORMAL_LIMIT_DB = 25;

export interface AudiogramChartProps {
  corrected: HearingResult['corrected'];
}

export function AudiogramChart({ corrected }: AudiogramChartProps) {
  const { t } = useTranslation();
  const values = (ear: 'left' | 'right') => AUDIOMETRIC_FREQUENCIES.map((f) => corrected[ear][f] ?? null);
  const option: ChartOption = {
    animationDuration: 300,
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, left: 'center' },
    tooltip: { trigger: 'axis', valueFormatter: (v) => `${String(v)} dB HL` },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: AUDIOMETRIC_FREQUENCIES.map((f) => `${f} Hz`),
      axisLine: { onZero: false },
      splitLine: { show: true, lineStyle: { type: 'dashed' } },
    },
    yAxis: { type: 'value', inverse: true, min: -10, max: 120, interval: 10, name: 'dB HL', nameLocation: 'start', splitLine: { lineStyle: { type: 'dashed' } } },
    series: [
      {
        type: 'line',
        name: t('toolbox.hearing.ears.right'),
        data: values('right'),
        symbol: 'circle',
        symbolSize: 10,
        itemStyle: { color: RIGHT_COLOR },
        lineStyle: { color: RIGHT_COLOR, width: 2 },
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: '#8c8c8c', type: 'dashed' },
          label: { formatter: t('toolbox.hearing.normalLimit', { db: NORMAL_LIMIT_DB }), position: 'insideEndTop', color: '#8c8c8c' },
          data: [{ yAxis: NORMAL_LIMIT_DB }],
        },
      },
      {
        type: 'line',
        name: t('toolbox.hearing.ears.left'),
        data: values('left'),
        symbol: CROSS,
        symbolSize: 10,
        itemStyle: { color: LEFT_COLOR },
        lineStyle: { color: LEFT_COLOR, width: 2, type: 'dashed' },
      },
    ],
  };
  return (
    <div>
      <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
        {t('toolbox.hearing.chartTitle')}
      </Typography.Text>
      <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 300, width: '100%' }} data-testid="toolbox-hearing-chart" />
    </div>
  );
}
