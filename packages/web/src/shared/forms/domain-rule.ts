import type { FormRule } from 'antd';
import { issueText } from '../api/errors.ts';

/** What the domain's field validators return (validateUscc, validatePhone, validateIdNumber …). */
type DomainValidation = { ok: true } | { ok: false; issues: { code: string; message: string }[] };

/** Turns a domain validator into an antd rule, so the browser rejects what the server would. Blank values pass (use `required`). */
export function domainRule(validate: (value: string) => DomainValidation): FormRule {
  return {
    validator: async (_rule, value: string | undefined) => {
      if (!value?.trim()) return;
      const result = validate(value.trim());
      if (!result.ok) throw new Error(result.issues.map(issueText).join('；'));
    },
  };
}

/** `''` and whitespace → null, else the trimmed text (optional text fields of request bodies). */
export function blankToNull(value: string | null | undefined): string | null {
  return value?.trim() ? value.trim() : null;
}
