// Multipart upload with progress (fetch cannot report upload progress; XMLHttpRequest can).
// Resolves with the same ApiResult shape as fetchJson.
import i18next from 'i18next';
import type { ApiErrorBody, ApiResult } from './fetch-json';
import { csrfToken } from './session';

export function uploadFile<T>(
  path: string,
  fields: Record<string, string>,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<ApiResult<T>> {
  return new Promise((resolve) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append('file', file, file.name);
    const request = new XMLHttpRequest();
    request.open('POST', path);
    request.setRequestHeader('accept', 'application/json');
    request.setRequestHeader('accept-language', i18next.language || 'en');
    const token = csrfToken();
    if (token) request.setRequestHeader('x-csrf-token', token);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onerror = () => resolve({ state: 'error', status: 0, code: 'NETWORK', message: '' });
    request.onload = () => {
      let body: unknown = null;
      try {
        body = request.responseText ? JSON.parse(request.responseText) : null;
      } catch {
        body = null;
      }
      if (request.status >= 200 && request.status < 300) {
        resolve({ state: 'ok', data: body as T, status: request.status });
        return;
      }
      const error = (body as ApiErrorBody | null)?.error;
      if (
        (request.status === 404 && (!error?.code || error.code === 'NOT_FOUND')) ||
        request.status === 501
      ) {
        resolve({ state: 'unavailable', status: request.status });
        return;
      }
      resolve({
        state: 'error',
        status: request.status,
        code: error?.code ?? `HTTP_${request.status}`,
        message: error?.message ?? '',
        ...(error?.details === undefined ? {} : { details: error.details }),
      });
    };
    request.send(form);
  });
}
