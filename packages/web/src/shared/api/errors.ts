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

/** One line for a failed request: the translated error code, else the server's message. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return translateDynamic(`errors.codes.${error.code}`, error.message);
  if (error instanceof TypeError) return i18n.t('errors.network');
  return i18n.t('errors.generic');
}

/**
 * Puts a 422's field issues (`body.uscc` → `uscc`) and known error codes (e.g. a 409
 * `organisation.uscc_taken` → `uscc`) onto the form's fields. Returns false when nothing could be
 * placed, so the caller shows the error as a message instead.
 */
export function applyServerErrors(form: FormInstance, error: unknown, codeFields: Readonly<Record<string, string>> = {}): boolean {
  if (!(error instanceof ApiError)) return false;
  const registered = new Set(Object.keys(form.getFieldsValue() ?? {}));
  const byField = new Map<string, string[]>();
  const add = (field: string, text: string) => {
    if (registered.has(field)) byField.set(field, [...(byField.get(field) ?? []), text]);
  };
  for (const issue of error.details?.issues ?? []) {
    const field = issue.path.replace(/^(body|querystring|params)\.?/, '').split('.')[0];
    if (field) add(field, issueText(issue));
  }
  const codeField = codeFields[error.code];
  if (codeField) add(codeField, describeError(error));
  if (byField.size === 0) return false;
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return true;
}
