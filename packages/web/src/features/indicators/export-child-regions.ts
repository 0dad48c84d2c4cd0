import type { ChildRegionValue } from './api.ts';
import type { IndicatorUnit } from './format.ts';

export interface ChildRegionExport {
  indicatorName: string;
  unit: IndicatorUnit | null;
  regionName: string;
  year: number;
  asOf: string | null;
  items: readonly ChildRegionValue[];
  /** Column headers in the user's language. */
  headers: { code: string; region: string; value: string; numerator: string; denominator: string };
  title: string;
}

/**
 * Exports the child-region table as a workbook in the browser (exceljs, loaded only on click): the
 * rows the user sees, values as numbers with the unit's format (ratios as percentages), and a title
 * row with the indicator, region, year and data date.
 */
export async function exportChildRegions(e: ChildRegionExport): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'OHNet';
  const sheet = workbook.addWorksheet(String(e.year));
  sheet.addRow([e.title]).font = { bold: true, size: 13 };
  sheet.addRow([]);
  const header = sheet.addRow([e.headers.code, e.headers.region, e.headers.value, e.headers.numerator, e.headers.denominator]);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F5FA' } };
  const numFmt = e.unit === 'ratio' ? '0.0%' : e.unit === 'rate_per_1000' ? '0.00' : '0';
  for (const r of e.items) sheet.addRow([r.regionCode, r.name, r.value, r.numerator, r.denominator]).getCell(3).numFmt = numFmt;
  sheet.columns.forEach((c, i) => {
    c.width = [14, 24, 12, 10, 10][i] ?? 12;
  });
  sheet.views = [{ state: 'frozen', ySplit: 3 }];
  const buffer = await workbook.xlsx.writeBuffer();
  const url = URL.createObjectURL(new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${e.regionName}-${e.indicatorName}-${e.year}.xlsx`.replace(/[\\/:*?"<>|\s]+/g, '_');
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
