import ExcelJS from 'exceljs';
import { type PlanReportSnapshot, REPORT_KIND_LABELS, SOURCE_LABELS, STATUS_LABELS, lagging, targetText } from './plan-report.model.ts';
import { cstDateTime } from './plan-report.pdf.ts';

/** Number format of a value cell: ratios as percentages, rates with two decimals, counts as integers. */
function numFmt(unit: string | null): string {
  return unit === 'ratio' ? '0.0%' : unit === 'rate_per_1000' ? '0.00' : '0';
}

function styleHeader(sheet: ExcelJS.Worksheet, row = 1): void {
  const header = sheet.getRow(row);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F5FA' } };
  sheet.views = [{ state: 'frozen', ySplit: row }];
}

/**
 * The evaluation report as a workbook: 说明 (plan, snapshot date, generation time, rule), 指标评估
 * (one row per plan entry: baseline, target, current value, counts, source, status), 落后指标, 年度趋势
 * (indicator × year, values as numbers in their unit) and 下级地区对比 (indicator × child region).
 * Values are real numbers with a number format, so they can be re-used in calculations.
 */
export async function planReportXlsx(s: PlanReportSnapshot): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'OHNet 职业健康一张网';
  workbook.created = new Date(s.generatedAt);

  const about = workbook.addWorksheet('说明');
  about.columns = [{ width: 18 }, { width: 80 }];
  about.addRows([
    ['报告', `${s.plan.name}${REPORT_KIND_LABELS[s.kind]}报告`],
    ['地区', `${s.plan.regionName}（${s.plan.regionCode}）`],
    ['规划期', `${s.plan.startYear}—${s.plan.endYear}年`],
    ['评估截止日期', s.plan.dueBy ?? '—'],
    ['数据快照日期', s.asOf],
    ['生成时间（北京时间）', cstDateTime(s.generatedAt)],
    ['生成人', s.generatedBy ?? '—'],
    ['规划版本', s.plan.version],
    ['规划来源', s.plan.source],
    ['状态判定规则', s.rule ?? '—'],
    ['说明', '“未计算”表示尚无模块计算且未手工录入，表中留空，不填任何推测数值。'],
  ]);
  about.getColumn(1).font = { bold: true };

  const table = workbook.addWorksheet('指标评估');
  table.columns = [
    { header: '序号', key: 'number', width: 8 },
    { header: '指标', key: 'name', width: 40 },
    { header: '指标编码', key: 'indicatorId', width: 28 },
    { header: '基线值', key: 'baseline', width: 12 },
    { header: '基线年份', key: 'baselineYear', width: 10 },
    { header: '基线（原文）', key: 'baselineText', width: 18 },
    { header: '目标（原文）', key: 'target', width: 22 },
    { header: '当前值', key: 'value', width: 12 },
    { header: '分子', key: 'numerator', width: 10 },
    { header: '分母', key: 'denominator', width: 10 },
    { header: '按期应达', key: 'expected', width: 12 },
    { header: '数据来源', key: 'source', width: 28 },
    { header: '状态', key: 'status', width: 10 },
  ];
  for (const e of s.entries) {
    const row = table.addRow({
      number: e.number ?? '',
      name: e.name,
      indicatorId: e.indicatorId,
      baseline: e.baseline?.value ?? null,
      baselineYear: e.baseline?.year ?? null,
      baselineText: e.baseline?.asWritten ?? '',
      target: targetText(e.target),
      value: e.value,
      numerator: e.numerator,
      denominator: e.denominator,
      expected: e.expected,
      source: e.source ? `${SOURCE_LABELS[e.source]}${e.sourceNote ? `：${e.sourceNote}` : ''}` : '',
      status: STATUS_LABELS[e.status],
    });
    for (const key of ['baseline', 'value', 'expected']) row.getCell(key).numFmt = numFmt(e.unit);
  }
  styleHeader(table);

  const behind = workbook.addWorksheet('落后指标');
  behind.columns = [
    { header: '指标', key: 'name', width: 40 },
    { header: '当前值', key: 'value', width: 12 },
    { header: '按期应达', key: 'expected', width: 12 },
    { header: '目标（原文）', key: 'target', width: 22 },
    { header: '状态', key: 'status', width: 10 },
  ];
  for (const e of lagging(s.entries)) {
    const row = behind.addRow({ name: e.name, value: e.value, expected: e.expected, target: targetText(e.target), status: STATUS_LABELS[e.status] });
    for (const key of ['value', 'expected']) row.getCell(key).numFmt = numFmt(e.unit);
  }
  styleHeader(behind);

  const trends = workbook.addWorksheet('年度趋势');
  trends.columns = [
    { header: '指标', key: 'name', width: 40 },
    { header: '年度', key: 'year', width: 8 },
    { header: '值', key: 'value', width: 12 },
    { header: '分子', key: 'numerator', width: 10 },
    { header: '分母', key: 'denominator', width: 10 },
  ];
  for (const t of s.trends) {
    for (const p of t.points) trends.addRow({ name: t.name, year: p.year, value: p.value, numerator: p.numerator, denominator: p.denominator }).getCell('value').numFmt = numFmt(t.unit);
  }
  styleHeader(trends);

  const children = workbook.addWorksheet('下级地区对比');
  children.columns = [
    { header: '指标', key: 'name', width: 40 },
    { header: '年度', key: 'year', width: 8 },
    { header: '区划代码', key: 'regionCode', width: 12 },
    { header: '地区', key: 'region', width: 20 },
    { header: '值', key: 'value', width: 12 },
    { header: '分子', key: 'numerator', width: 10 },
    { header: '分母', key: 'denominator', width: 10 },
  ];
  for (const c of s.children) {
    for (const r of c.rows) {
      children.addRow({ name: c.name, year: c.year, regionCode: r.regionCode, region: r.name, value: r.value, numerator: r.numerator, denominator: r.denominator }).getCell('value').numFmt = numFmt(c.unit);
    }
  }
  styleHeader(children);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
