import { BarChart, type BarSeriesOption } from 'echarts/charts';
import { GridComponent, type GridComponentOption, LegendComponent, type LegendComponentOption, MarkLineComponent, type MarkLineComponentOption, TooltipComponent, type TooltipComponentOption } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useTranslation } from 'react-i18next';
import type { DoseRecord } from '../api.ts';

echarts.use([BarChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

type ChartOption = echarts.ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption | MarkLineComponentOption | TooltipComponentOption>;

export interface DoseHistoryChartProps {
  records: readonly DoseRecord[];
}

/**
 * Hp(10) per monitoring period, oldest first, with the period's investigation level (GBZ 128-2019,
 * 1.25 mSv per quarter) and the 5-year-average limit pro rata (20 mSv/a → 5 mSv per quarter,
 * GB 18871-2002) as reference lines. Bars above the investigation level are orange.
 */
export function DoseHistoryChart({ records }: DoseHistoryChartProps) {
  const { t } = useTranslation();
  const rows = [...records].sort((a, b) => a.periodStart.localeCompare(b.periodStart));
  const level = rows[0]?.investigationLevelMsv ?? 1.25;
  // The limit pro rata to the same period length as the investigation level (5 mSv/a ↔ 20 mSv/a).
  const limitLine = Math.round(level * 4 * 1000) / 1000;
  const option: ChartOption = {
    animationDuration: 300,
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: rows.map((r) => `${r.periodStart.slice(0, 7)}～${r.periodEnd.slice(5, 7)}`), axisTick: { show: false } },
    yAxis: { type: 'value', name: 'mSv', max: (v) => Math.max(v.max * 1.15, limitLine * 1.1) },
    series: [
      {
        type: 'bar',
        name: 'Hp(10)',
        barMaxWidth: 28,
        itemStyle: { color: '#1558b0' },
        data: rows.map((r) => ({ value: r.hp10Msv, itemStyle: { color: r.overInvestigationLevel ? '#d46b08' : '#1558b0' } })),
        markLine: {
          symbol: 'none',
          data: [
            { yAxis: level, name: t('radiation.chart.investigation'), lineStyle: { color: '#d46b08', type: 'dashed' }, label: { formatter: `${t('radiation.chart.investigation')} ${level} mSv`, position: 'insideEndTop' } },
            { yAxis: limitLine, name: t('radiation.chart.limit'), lineStyle: { color: '#cf1322', type: 'solid' }, label: { formatter: `${t('radiation.chart.limit')} ${limitLine} mSv`, position: 'insideEndTop' } },
          ],
        },
      },
    ],
  };
  return <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 300, width: '100%' }} data-testid="dose-history-chart" />;
}
