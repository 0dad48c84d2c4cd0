import type { paths } from '@ohnet/api-client';

/** How an upload treats rows with errors: 全部成功才导入 / 仅导入无误的行. */
export const IMPORT_MODES = ['all_or_nothing', 'valid_rows'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

/** A past import as the history endpoints list it (employers, posts and workers share the shape). */
export type ImportRecord = paths['/api/v1/employers/{id}/worker-imports']['get']['responses'][200]['content']['application/json'][number];

/** One rejected cell: Excel row number, column header, reason. */
export interface ImportError {
  row: number;
  column: string;
  code: string;
  message: string;
}

/**
 * The summary an import job leaves (`Job.result`, `*-imports[].result`). The contract types it as
 * `unknown`, so a value is accepted only when it has this shape.
 */
export interface ImportResult {
  total: number;
  imported: number;
  alreadyPresent: number;
  rejected: number;
  errors: ImportError[];
}

/** What an importing feature provides: its template download and its upload (which starts the job). */
export interface ImportEndpoints {
  downloadTemplate: () => Promise<void>;
  upload: (file: File, mode: ImportMode) => Promise<{ jobId: string }>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function asImportError(v: unknown): ImportError | null {
  if (!isRecord(v)) return null;
  const { row, column, code, message } = v;
  if (typeof row !== 'number' || typeof column !== 'string' || typeof code !== 'string' || typeof message !== 'string') return null;
  return { row, column, code, message };
}

export function asImportResult(result: unknown): ImportResult | null {
  if (!isRecord(result)) return null;
  const { total, imported, alreadyPresent, rejected, errors } = result;
  if (typeof total !== 'number' || typeof imported !== 'number' || typeof alreadyPresent !== 'number' || typeof rejected !== 'number' || !Array.isArray(errors)) return null;
  return { total, imported, alreadyPresent, rejected, errors: errors.map(asImportError).filter((e): e is ImportError => e !== null) };
}

/** Builds the multipart body of an upload: `mode` first (the server reads it with the file part), then `file`. */
export function importFormData(file: File, mode: ImportMode): FormData {
  const form = new FormData();
  form.append('mode', mode);
  form.append('file', file, file.name);
  return form;
}
