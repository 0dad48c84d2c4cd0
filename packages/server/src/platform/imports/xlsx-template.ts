import ExcelJS from 'exceljs';
import type { FastifyRequest } from 'fastify';
import { errors } from '@ohnet/domain';

/**
 * Excel import templates (Chinese headers, an example row, drop-down lists) and the reader that
 * checks an upload against them. Each import (workers, employers, …) declares its columns once;
 * the rows come back keyed by column with their sheet row number for error reports.
 */
export interface TemplateColumn<K extends string> {
  key: K;
  header: string;
  width: number;
  /** A drop-down list: literal choices, or a range on the hidden 选项 sheet. */
  list?: readonly string[] | { sheetRange: string };
}

export type TemplateRow<K extends string> = { row: number } & Record<K, string>;

/** One row's problem, in the terms a person fixing the sheet uses. */
export interface ImportError {
  row: number;
  column: string;
  code: string;
  message: string;
}

export interface ImportSummary {
  total: number;
  imported: number;
  alreadyPresent: number;
  rejected: number;
  errors: ImportError[];
}

export const IMPORT_MODES = ['all_or_nothing', 'valid_rows'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];
export const MAX_IMPORT_ROWS = 20_000;
/** Example rows start with this marker in their second column and are skipped on import. */
export const EXAMPLE_MARKER = '（示例';

export async function buildTemplate<K extends string>(opts: {
  sheetName: string;
  columns: readonly TemplateColumn<K>[];
  example: Record<K, string>;
  lists?: string[];
  notes: string[];
}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'OHNet 职业健康一张网';
  const sheet = wb.addWorksheet(opts.sheetName);
  sheet.columns = opts.columns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.addRow(opts.example);
  const options = wb.addWorksheet('选项', { state: 'veryHidden' });
  (opts.lists ?? []).forEach((v, i) => (options.getCell(i + 1, 1).value = v));
  opts.columns.forEach((c, ci) => {
    if (!c.list) return;
    const formula = Array.isArray(c.list) ? `"${(c.list as readonly string[]).join(',')}"` : (c.list as { sheetRange: string }).sheetRange;
    if (!Array.isArray(c.list) && (opts.lists ?? []).length === 0) return;
    for (let r = 2; r <= 5001; r++) {
      sheet.getCell(r, ci + 1).dataValidation = { type: 'list', allowBlank: true, formulae: [formula], showErrorMessage: true, errorTitle: c.header, error: '请从下拉列表中选择' };
    }
  });
  const notes = wb.addWorksheet('填写说明');
  notes.addRows(opts.notes.map((n) => [n]));
  notes.getColumn(1).width = 100;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('text' in v && typeof v.text === 'string') return v.text.trim();
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if ('richText' in v) return v.richText.map((t) => t.text).join('').trim();
  }
  return String(v).trim();
}

/** Reads the first sheet of an upload; refuses a file that is not this template (422 naming why). */
export async function readTemplate<K extends string>(file: Buffer, columns: readonly TemplateColumn<K>[]): Promise<TemplateRow<K>[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw errors.invalid([{ path: 'file', code: 'import.not_xlsx', message: '文件不是有效的 Excel (.xlsx) 文件' }]);
  }
  const sheet = wb.worksheets[0];
  if (!sheet) throw errors.invalid([{ path: 'file', code: 'import.empty', message: '文件中没有工作表' }]);
  const header = columns.map((_, i) => cellText(sheet.getRow(1).getCell(i + 1).value));
  const missing = columns.filter((c, i) => header[i] !== c.header).map((c) => c.header);
  if (missing.length) throw errors.invalid([{ path: 'file', code: 'import.header_mismatch', message: `表头与模板不一致：${missing.join('、')}。请使用下载的模板` }]);
  const rows: TemplateRow<K>[] = [];
  sheet.eachRow((r, n) => {
    if (n === 1) return;
    const values = columns.map((_, i) => cellText(r.getCell(i + 1).value));
    if (values.every((v) => v === '')) return;
    if (values.some((v) => v.startsWith(EXAMPLE_MARKER))) return;
    rows.push({ row: n, ...(Object.fromEntries(columns.map((c, i) => [c.key, values[i] ?? ''])) as Record<K, string>) });
  });
  if (rows.length === 0) throw errors.invalid([{ path: 'file', code: 'import.no_rows', message: '文件中没有数据行' }]);
  if (rows.length > MAX_IMPORT_ROWS) throw errors.invalid([{ path: 'file', code: 'import.too_many_rows', message: `一次最多导入${MAX_IMPORT_ROWS}行，请拆分文件` }]);
  return rows;
}

export function xlsxReply(fileName: string) {
  return {
    'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
  };
}

/** The multipart upload of an import: one `.xlsx` file and the `mode` field (default all_or_nothing). */
export async function readImportUpload(request: FastifyRequest): Promise<{ file: Buffer; fileName: string; mode: ImportMode }> {
  const part = await request.file();
  if (!part) throw errors.invalid([{ path: 'file', code: 'import.file_required', message: '请选择要上传的文件' }]);
  const file = await part.toBuffer();
  const modeField = part.fields.mode as { value?: unknown } | undefined;
  const mode = typeof modeField?.value === 'string' ? modeField.value : 'all_or_nothing';
  if (!(IMPORT_MODES as readonly string[]).includes(mode)) {
    throw errors.invalid([{ path: 'mode', code: 'import.mode', message: '导入方式应为 all_or_nothing（全部成功才导入）或 valid_rows（仅导入无误的行）' }]);
  }
  return { file, fileName: part.filename, mode: mode as ImportMode };
}
