/** A validator never answers with a bare boolean: it returns the parsed value or the reasons. */
export interface ValidationIssue {
  /** Stable code, e.g. `id_number.check_character`. */
  code: string;
  message: string;
}

export type Validation<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

export const valid = <T>(value: T): Validation<T> => ({ ok: true, value });
export const invalid = <T = never>(...issues: ValidationIssue[]): Validation<T> => ({ ok: false, issues });
