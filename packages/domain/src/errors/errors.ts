/**
 * Typed errors with stable codes, shared by server and web.
 *
 * The `kind` decides the HTTP status in one place (see `httpStatusOf`); the
 * `code` is stable and machine-readable (`area.reason`), the `message` is for
 * people, `details` carries structured context such as the failing fields.
 */
export type ErrorKind =
  | 'unauthenticated' // 401
  | 'forbidden' // 403
  | 'not_found' // 404
  | 'conflict' // 409 (duplicate, wrong workflow state)
  | 'invalid' // 422 (bad input)
  | 'too_many_requests' // 429
  | 'payload_too_large' // 413
  | 'unavailable'; // 503

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. `contacts.0.phone` or `rows.12.uscc`. */
  path: string;
  /** Stable machine code, e.g. `uscc.check_character`. */
  code: string;
  message: string;
}

export interface ErrorBody {
  code: string;
  message: string;
  details?: unknown;
}

export class OhnetError extends Error {
  readonly kind: ErrorKind;
  readonly code: string;
  readonly details: unknown;

  constructor(kind: ErrorKind, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'OhnetError';
    this.kind = kind;
    this.code = code;
    this.details = details;
  }

  toBody(): ErrorBody {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

const STATUS: Record<ErrorKind, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid: 422,
  too_many_requests: 429,
  payload_too_large: 413,
  unavailable: 503,
};

export function httpStatusOf(kind: ErrorKind): number {
  return STATUS[kind];
}

/** Convenience constructors: they keep call sites short and codes consistent. */
export const errors = {
  unauthenticated: (code = 'auth.unauthenticated', message = 'Sign-in required') =>
    new OhnetError('unauthenticated', code, message),
  forbidden: (code: string, message: string, details?: unknown) =>
    new OhnetError('forbidden', code, message, details),
  notFound: (entity: string, id?: string) =>
    new OhnetError('not_found', `${entity}.not_found`, `${entity} not found`, id === undefined ? undefined : { id }),
  conflict: (code: string, message: string, details?: unknown) =>
    new OhnetError('conflict', code, message, details),
  invalid: (issues: FieldIssue[], message = 'Invalid input') =>
    new OhnetError('invalid', 'validation.failed', message, { issues }),
};

export function isOhnetError(e: unknown): e is OhnetError {
  return e instanceof OhnetError;
}
