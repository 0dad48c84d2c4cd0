import { createOhnetClient } from '@ohnet/api-client';

/**
 * The CSRF token of the current session. It lives outside React because the client middleware
 * reads it on every unsafe request; the auth feature sets it whenever a session is loaded.
 */
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The one API client of the web app (same origin; the dev server proxies /api). */
export const api = createOhnetClient({ csrfToken: () => csrfToken });
