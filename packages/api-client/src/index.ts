/**
 * The typed OHNet API client. `schema.ts` is generated from openapi.json by `npm run openapi`
 * (never edited by hand); this file only wires openapi-fetch with the platform's conventions:
 * same-origin cookies, the CSRF header on unsafe requests, and `{ code, message, details }` errors.
 */
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema.ts';

export type { components, paths };
export type Schemas = components['schemas'];

export interface ApiErrorBody {
  code: string;
  message: string;
  details?: { issues?: { path: string; code: string; message: string }[] } & Record<string, unknown>;
}

/** Thrown by `unwrap` for any non-2xx answer; carries the server's stable error code. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: ApiErrorBody['details'];
  constructor(status: number, body: Partial<ApiErrorBody> | undefined) {
    super(body?.message ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = body?.code ?? `http.${status}`;
    this.details = body?.details;
  }
  /** Field issues from a 422, keyed by the field name (last path segment after `body.`/`querystring.`). */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const i of this.details?.issues ?? []) {
      const key = i.path.replace(/^(body|querystring|params)\.?/, '');
      out[key] ??= i.message;
    }
    return out;
  }
}

export interface OhnetClientOptions {
  baseUrl?: string;
  /** Returns the CSRF token of the current session (from /auth/session or the login answer). */
  csrfToken: () => string | null;
  fetch?: typeof fetch;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function createOhnetClient(opts: OhnetClientOptions) {
  const client = createClient<paths>({ baseUrl: opts.baseUrl ?? '', credentials: 'same-origin', ...(opts.fetch ? { fetch: opts.fetch } : {}) });
  const csrf: Middleware = {
    onRequest({ request }) {
      const token = opts.csrfToken();
      if (token && UNSAFE.has(request.method)) request.headers.set('x-csrf-token', token);
      return request;
    },
  };
  client.use(csrf);
  return client;
}
export type OhnetClient = ReturnType<typeof createOhnetClient>;

/** Returns `data` or throws an ApiError: lets callers write `unwrap(await api.GET(...))`. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) {
    throw new ApiError(result.response.status, result.error as Partial<ApiErrorBody> | undefined);
  }
  return result.data as T;
}
