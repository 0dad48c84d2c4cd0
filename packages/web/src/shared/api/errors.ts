import { ApiError } from '@ohnet/api-client';
import type { FormInstance } from 'antd';
import { i18n, translateDynamic } from '../i18n/index.ts';

/**
 * The text of one field issue. In Chinese the shared domain's own message is the most precise
 * (it names the offending character or the actual length); other languages translate the code.
 */
export function issueText(issue: { code: string; message: string }): string {
  if (i18n.language === 'zh-CN') return issue.message;
  return translateDynamic(`issues.${issue.code}`, issue.message);
}

/**
 * The text of an issue by its code in every language, the server's message as the fallback. For
 * validators whose messages are written for developers (employers, posts, declarations: `name is
 * required`) rather than for the person filling in the form.
 */
export function codeIssueText(issue: { code: string; message: string }): string {
  return translateDynamic(`issues.${issue.code}`, issue.message);
}

/** One line for a failed request: the translated error code, else the server's message. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return translateDynamic(`errors.codes.${error.code}`, error.message);
  if (error instanceof TypeError) return i18n.t('errors.network');
  return i18n.t('errors.generic');
}

/** One issue of a 422 answer, as the server sends it (`path` like `body.segments.0.hours`). */
export interface ServerIssue {
  path: string;
  code: string;
  message: string;
}

export interface ServerErrorPlacement {
  /** How many messages were put on form fields. */
  placed: number;
  /** Issues no field of the form could take (show them beside the form). */
  unplaced: ServerIssue[];
}

type NamePathSegment = string | number;

/** `body.segments.0.hours` → `['segments', 0, 'hours']` (the name path of an antd Form.List row field). */
function namePathOf(issuePath: string): NamePathSegment[] {
  const rest = issuePath.replace(/^(body|querystring|params)\.?/, '');
  return rest === '' ? [] : rest.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/**
 * Puts a 422's field issues and known error codes onto the form's fields. An issue goes to the
 * deepest registered field on its path: `body.uscc` → `uscc`, `body.segments.0.hours` → the hours
 * field of list row 0 (or the whole `segments` list when the row has no such field). `text` turns an
 * issue into the message shown (default {@link issueText}).
 */
export function placeServerErrors(
  form: FormInstance,
  error: unknown,
  codeFields: Readonly<Record<string, string>> = {},
  text: (issue: ServerIssue) => string = issueText,
): ServerErrorPlacement {
  if (!(error instanceof ApiError)) return { placed: 0, unplaced: [] };
  // Every registered field, Form.List names included.
  const registered = new Set(form.getFieldsError().map((f) => JSON.stringify(f.name)));
  const byField = new Map<string, { name: NamePathSegment[]; errors: string[] }>();
  const add = (name: NamePathSegment[], message: string): boolean => {
    for (let n = name.length; n > 0; n--) {
      const prefix = name.slice(0, n);
      const key = JSON.stringify(prefix);
      if (!registered.has(key)) continue;
      const entry = byField.get(key) ?? { name: prefix, errors: [] };
      if (!entry.errors.includes(message)) entry.errors.push(message);
      byField.set(key, entry);
      return true;
    }
    return false;
  };
  const unplaced: ServerIssue[] = [];
  for (const issue of error.details?.issues ?? []) {
    if (!add(namePathOf(issue.path), text(issue))) unplaced.push(issue);
  }
  const codeField = codeFields[error.code];
  if (codeField) add([codeField], describeError(error));
  const entries = [...byField.values()];
  if (entries.length > 0) form.setFields(entries);
  return { placed: entries.length, unplaced };
}

/**
 * Puts a 422's field issues (`body.uscc` → `uscc`) and known error codes (e.g. a 409
 * `organisation.uscc_taken` → `uscc`) onto the form's fields. Returns false when nothing could be
 * placed, so the caller shows the error as a message instead.
 */
export function applyServerErrors(
  form: FormInstance,
  error: unknown,
  codeFields: Readonly<Record<string, string>> = {},
  text: (issue: ServerIssue) => string = issueText,
): boolean {
  return placeServerErrors(form, error, codeFields, text).placed > 0;
}
