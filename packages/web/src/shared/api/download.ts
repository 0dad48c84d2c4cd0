import { unwrap } from '@ohnet/api-client';

/** The file name of an attachment (`filename*=UTF-8''…` first, then `filename="…"`), or null. */
function attachmentName(disposition: string | null): string | null {
  if (!disposition) return null;
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1]);
    } catch {
      return null;
    }
  }
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? null;
}

/**
 * Hands a file the server sent (an `openapi-fetch` answer read with `parseAs: 'blob'`) to the
 * browser as a download, named as the server names it. A failed request throws its ApiError
 * (openapi-fetch reads error bodies as JSON whatever `parseAs` says).
 */
export function saveDownload(result: { data?: Blob; error?: unknown; response: Response }, fallbackName: string): void {
  const blob = unwrap(result);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = attachmentName(result.response.headers.get('content-disposition')) ?? fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  // Let the click start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
