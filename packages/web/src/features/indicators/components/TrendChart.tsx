import { LineChart, type LineSeriesOption } from 'echarts/charts';
import { GridComponent, type GridComponentOption, MarkLineComponent, type MarkLineComponentOption, TooltipComponent, type TooltipComponentOption } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { type IndicatorUnit, chartValue, formatIndicatorValue } from '../format.ts';

echarts.use([LineChart, GridComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

type ChartOption = echarts.ComposeOption<LineSeriesOption | GridComponentOption | MarkLineComponentOption | TooltipComponentOption>;

export interface TrendChartProps {
  unit: IndicatorUnit | null;
  points: readonly { year: number; numerator: number | null; denominator: number | null; value: number | null }[];
  /** The plan's numeric target, drawn as a line. */
  target?: number | null;
}

/** The indicator across years; years without records are gaps, not zeros. */
export function TrendChart({ unit, points, target }: TrendChartProps) {
  const { t } = useTranslation();
  if (points.length === 0) return <Empty description={t('indicators.noData')} />;
  const suffix = unit === 'ratio' ? '%' : unit === 'rate_per_1000' ? '‰' : '';
  const targetValue = chartValue(target, unit);
  const option: ChartOption = {
    grid: { left: 8, right: 24, top: 24, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      formatter: (p: unknown) => {
        const first = (p as { dataIndex: number }[])[0];
        const point = first ? points[first.dataIndex] : undefined;
        if (!point) return '';
        const counts = point.numerator !== null && point.denominator !== null ? `<br/>${point.numerator} / ${point.denominator}` : '';
        return `${point.year}<br/><b>${formatIndicatorValue(point.value, unit)}</b>${counts}`;
      },
    },
    xAxis: { type: 'category', data: points.map((p) => String(p.year)) },
    yAxis: { type: 'value', max: unit === 'ratio' ? 100 : undefined, axisLabel: { formatter: `{value}${suffix}` } },
    series: [
      {
        type: 'line',
        name: t('indicators.trend'),
        data: points.map((p) => chartValue(p.value, unit)),
        connectNulls: false,
        symbolSize: 8,
        label: { show: true, formatter: (p: unknown) => formatIndicatorValue(points[(p as { dataIndex: number }).dataIndex]?.value, unit) },
        ...(targetValue !== null ? { markLine: { symbol: 'none', lineStyle: { type: 'dashed', color: '#cf1322' }, label: { formatter: `${t('indicators.target')} ${formatIndicatorValue(target, unit)}` }, data: [{ yAxis: targetValue }] } } : {}),
      },
    ],
  };
  return <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 260 }} data-testid="trend-chart" />;
}
