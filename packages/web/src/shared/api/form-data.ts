import type { Middleware } from 'openapi-fetch';

/**
 * Sends `form` as the body of one typed-client request. Upload routes (multipart/form-data) declare
 * no JSON body in the contract, so the body travels through a per-request middleware that runs
 * after the client's own (the CSRF header is kept); the browser sets the multipart boundary.
 */
export function formDataBody(form: FormData): Middleware {
  return {
    onRequest: ({ request }) => new Request(request, { body: form }),
  };
}
