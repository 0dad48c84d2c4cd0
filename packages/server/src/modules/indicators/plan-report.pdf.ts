import { PDF_FONT, renderPdf } from '../../platform/pdf/pdfmake.ts';
import {
  type PlanReportSnapshot,
  type PlanReportTrend,
  REPORT_KIND_LABELS,
  SOURCE_LABELS,
  STATUS_LABELS,
  formatIndicatorValue,
  fractionText,
  lagging,
  targetText,
} from './plan-report.model.ts';

const STATUS_COLORS = { on_track: '#237804', at_risk: '#ad6800', off_track: '#a8071a', not_computed: '#595959' } as const;
const BORDER = '#c8d1e0';
const HEAD_FILL = '#f2f5fa';
const CST_OFFSET_MS = 8 * 3_600_000;

/** `2026-11-22 16:29` in China Standard Time. */
export function cstDateTime(iso: string): string {
  const d = new Date(Date.parse(iso) + CST_OFFSET_MS).toISOString();
  return `${d.slice(0, 10)} ${d.slice(11, 16)}`;
}

type Cell = Record<string, unknown> | string;

function head(texts: string[]): Cell[] {
  return texts.map((text) => ({ text, bold: true, fillColor: HEAD_FILL }));
}

const tableLayout = { hLineColor: () => BORDER, vLineColor: () => BORDER, hLineWidth: () => 0.5, vLineWidth: () => 0.5 };

function section(title: string): Record<string, unknown> {
  return { text: title, fontSize: 13, bold: true, margin: [0, 16, 0, 6] };
}

/** A small line chart of one indicator's yearly values (pdfmake canvas), or nothing without two values. */
function trendChart(trend: PlanReportTrend): Record<string, unknown> | null {
  const points = trend.points.filter((p) => p.value !== null) as { year: number; value: number }[];
  if (points.length < 2) return null;
  const width = 240;
  const height = 70;
  const years = trend.points.map((p) => p.year);
  const minYear = Math.min(...years);
  const spanYears = Math.max(1, Math.max(...years) - minYear);
  const values = points.map((p) => p.value);
  const top = trend.unit === 'ratio' ? 1 : Math.max(...values) * 1.1 || 1;
  const x = (year: number) => ((year - minYear) / spanYears) * width;
  const y = (value: number) => height - (value / top) * height;
  return {
    stack: [
      { text: `${formatIndicatorValue(top, trend.unit)}（纵轴上限）`, fontSize: 7, color: '#8c8c8c', margin: [0, 0, 0, 2] },
      {
        canvas: [
          { type: 'line', x1: 0, y1: height, x2: width, y2: height, lineWidth: 0.5, lineColor: BORDER },
          { type: 'polyline', lineWidth: 1.5, lineColor: '#1677ff', points: points.map((p) => ({ x: x(p.year), y: y(p.value) })) },
          ...points.map((p) => ({ type: 'ellipse', x: x(p.year), y: y(p.value), r1: 2, r2: 2, color: '#1677ff' })),
        ],
      },
      { columns: [{ text: String(minYear), fontSize: 7, color: '#8c8c8c' }, { text: String(minYear + spanYears), fontSize: 7, color: '#8c8c8c', alignment: 'right' }], width, margin: [0, 2, 0, 0] },
    ],
    width,
  };
}

/**
 * The evaluation report as a PDF (A4 landscape, Chinese text in Noto Sans SC): the indicator table
 * with baseline, target, current value and status; the lagging indicators; a trend table and chart
 * per computed indicator; the child-region comparison; generation time and data snapshot date on
 * every page.
 */
export function planReportPdf(s: PlanReportSnapshot): Promise<Buffer> {
  const title = `${s.plan.name}${REPORT_KIND_LABELS[s.kind]}报告`;
  const counts = s.entries.reduce<Record<string, number>>((acc, e) => ({ ...acc, [e.status]: (acc[e.status] ?? 0) + 1 }), {});
  const behind = lagging(s.entries);

  const entryRows: Cell[][] = s.entries.map((e) => [
    e.number ?? '',
    e.name,
    e.baseline ? `${e.baseline.asWritten}（${e.baseline.year}年）` : '—',
    targetText(e.target),
    { text: formatIndicatorValue(e.value, e.unit), bold: e.value !== null },
    fractionText(e.numerator, e.denominator),
    e.source ? `${SOURCE_LABELS[e.source]}${e.sourceNote ? `：${e.sourceNote}` : ''}` : '—',
    { text: STATUS_LABELS[e.status], color: STATUS_COLORS[e.status], bold: e.status !== 'not_computed' },
  ]);

  const content: unknown[] = [
    { text: title, fontSize: 18, bold: true, alignment: 'center', margin: [0, 0, 0, 8] },
    {
      columns: [
        { text: `地区：${s.plan.regionName}（${s.plan.regionCode}）\n规划期：${s.plan.startYear}—${s.plan.endYear}年${s.plan.dueBy ? `\n评估截止日期：${s.plan.dueBy}` : ''}` },
        { text: `数据快照日期：${s.asOf}\n生成时间：${cstDateTime(s.generatedAt)}（北京时间）${s.generatedBy ? `\n生成人：${s.generatedBy}` : ''}`, alignment: 'right' },
      ],
      margin: [0, 0, 0, 6],
    },
    {
      text: `共${s.entries.length}项指标：进度正常${counts.on_track ?? 0}项，有风险${counts.at_risk ?? 0}项，落后${counts.off_track ?? 0}项，尚未计算${counts.not_computed ?? 0}项。`,
      margin: [0, 4, 0, 0],
    },
    section('一、指标评估表'),
    {
      table: { headerRows: 1, widths: [24, '*', 90, 90, 56, 60, 110, 44], body: [head(['序号', '指标', '基线', '目标', '当前值', '分子/分母', '数据来源', '状态']), ...entryRows] },
      layout: tableLayout,
      fontSize: 8.5,
    },
    { text: `状态判定规则：${s.rule ?? '—'}。“未计算”表示尚无模块计算且未手工录入，不填任何推测数值。`, fontSize: 7.5, color: '#595959', margin: [0, 4, 0, 0] },
    section('二、落后和有风险的指标'),
    behind.length === 0
      ? { text: '无。' }
      : {
          table: {
            headerRows: 1,
            widths: ['*', 70, 70, 70, 50],
            body: [
              head(['指标', '当前值', '按期应达', '目标', '状态']),
              ...behind.map((e) => [e.name, formatIndicatorValue(e.value, e.unit), formatIndicatorValue(e.expected, e.unit), targetText(e.target), { text: STATUS_LABELS[e.status], color: STATUS_COLORS[e.status] }]),
            ],
          },
          layout: tableLayout,
          fontSize: 9,
        },
    ...(s.trends.length === 0
      ? [section('三、年度趋势'), { text: '暂无系统计算的指标。' }]
      : s.trends.map((t, i) => ({
          unbreakable: true,
          margin: [0, 0, 0, 10],
          stack: [
            // The section title travels with its first block, so it never ends a page alone.
            ...(i === 0 ? [section('三、年度趋势')] : []),
            { text: t.name, bold: true, margin: [0, 0, 0, 4] },
            {
              columns: [
                {
                  width: 200,
                  table: { headerRows: 1, widths: [40, 70, 70], body: [head(['年度', '值', '分子/分母']), ...t.points.map((p) => [String(p.year), formatIndicatorValue(p.value, t.unit), fractionText(p.numerator, p.denominator)])] },
                  layout: tableLayout,
                  fontSize: 8.5,
                },
                trendChart(t) ?? { width: 240, text: '数据不足，不绘制趋势图。', fontSize: 8, color: '#8c8c8c' },
              ],
              columnGap: 16,
            },
          ],
        }))),
    section('四、下级地区对比'),
    ...(s.children.length === 0
      ? [{ text: '无下级地区数据。' }]
      : s.children.map((c) => ({
          margin: [0, 0, 0, 10],
          stack: [
            { text: `${c.name}（${c.year}年）`, bold: true, margin: [0, 0, 0, 4] },
            c.rows.length === 0
              ? { text: '无下级地区。', fontSize: 9 }
              : {
                  table: { headerRows: 1, widths: [70, '*', 80, 80], body: [head(['区划代码', '地区', '值', '分子/分母']), ...c.rows.map((r) => [r.regionCode, r.name, formatIndicatorValue(r.value, c.unit), fractionText(r.numerator, r.denominator)])] },
                  layout: tableLayout,
                  fontSize: 8.5,
                },
          ],
        }))),
  ];

  return renderPdf({
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [40, 40, 40, 40],
    info: { title, creator: 'OHNet 职业健康一张网' },
    defaultStyle: { font: PDF_FONT, fontSize: 10, lineHeight: 1.3 },
    footer: (page: number, pages: number) => ({
      columns: [
        { text: `数据快照日期 ${s.asOf} · 生成于 ${cstDateTime(s.generatedAt)}`, fontSize: 7.5, color: '#8c8c8c' },
        { text: `第 ${page} / ${pages} 页`, fontSize: 7.5, color: '#8c8c8c', alignment: 'right' },
      ],
      margin: [40, 10, 40, 0],
    }),
    content,
  });
}
