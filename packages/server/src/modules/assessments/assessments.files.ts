import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { OhnetError, errors } from '@ohnet/domain';

/**
 * Uploaded files (report PDFs, rectification evidence). The type is decided by the file's first
 * bytes, never by its name or the browser's content type; the size is capped per use.
 *
 * Storage decision: the bytes live in the database (bytea) next to the report or task. A report and
 * its PDF then commit, back up and restore together, PGlite and PostgreSQL behave the same, and no
 * DATA_DIR file can be orphaned or go missing. At a 10 MB cap per file the table stays manageable;
 * moving to object storage later only changes this module and the two tables.
 */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export type FileKind = 'pdf' | 'png' | 'jpeg';
const CONTENT_TYPES: Record<FileKind, string> = { pdf: 'application/pdf', png: 'image/png', jpeg: 'image/jpeg' };

/** The kind a buffer's magic bytes say it is, or null. */
export function sniffFileKind(file: Buffer): FileKind | null {
  if (file.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (file.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (file.length >= 3 && file[0] === 0xff && file[1] === 0xd8 && file[2] === 0xff) return 'jpeg';
  return null;
}

export interface UploadedFile {
  file: Buffer;
  fileName: string;
  contentType: string;
  sha256: string;
  note: string | null;
}

/** Reads one multipart file (field `file`, optional text field `note`) and checks its type and size. */
export async function readFileUpload(request: FastifyRequest, allowed: readonly FileKind[], maxBytes = MAX_ATTACHMENT_BYTES): Promise<UploadedFile> {
  if (!request.isMultipart()) throw errors.invalid([{ path: 'file', code: 'file.required', message: '请以 multipart/form-data 上传文件' }]);
  const part = await request.file();
  if (!part) throw errors.invalid([{ path: 'file', code: 'file.required', message: '请选择要上传的文件' }]);
  const file = await part.toBuffer();
  if (file.length === 0) throw errors.invalid([{ path: 'file', code: 'file.empty', message: '文件为空' }]);
  if (file.length > maxBytes) throw new OhnetError('payload_too_large', 'file.too_large', `文件不能超过${Math.round(maxBytes / 1024 / 1024)}MB`, { maxBytes });
  const kind = sniffFileKind(file);
  if (!kind || !allowed.includes(kind)) {
    throw errors.invalid([{ path: 'file', code: 'file.type_not_allowed', message: `文件类型不符，只接受：${allowed.map((k) => k.toUpperCase()).join('、')}` }]);
  }
  const noteField = part.fields.note as { value?: unknown } | undefined;
  const note = typeof noteField?.value === 'string' && noteField.value.trim() !== '' ? noteField.value.trim().slice(0, 1000) : null;
  return { file, fileName: (part.filename || `upload.${kind}`).slice(0, 200), contentType: CONTENT_TYPES[kind], sha256: createHash('sha256').update(file).digest('hex'), note };
}
