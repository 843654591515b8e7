/** Typed fetch wrapper for API.md: JSON in and out, the error envelope turned into ApiError. */
import { isErrorEnvelope, type ErrorCode, type FieldError } from '../../src-shared/errors';

export type ApiErrorCode = ErrorCode | 'NETWORK_ERROR';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: ApiErrorCode,
    readonly errors: FieldError[] = [],
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The server could not be reached (or answered 503): worth retrying later. */
  get isTransient(): boolean {
    return this.code === 'NETWORK_ERROR' || this.status === 503;
  }

  /** The message for one form field, if the server named it. */
  fieldMessage(path: string): string | undefined {
    return this.errors.find((e) => e.path === path)?.message;
  }
}

export interface ApiClientOptions {
  /** Bearer token, if the app keeps one (cookies also work for same-origin apps). */
  getToken?: () => string | null;
  /** Called on any 401 so the app can return to its login screen. */
  onUnauthorized?: (error: ApiError) => void;
  baseUrl?: string;
}

export interface ApiClient {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  put<T>(path: string, body: unknown): Promise<T>;
  /** Most deletions answer 204 (undefined); a few answer JSON; a few take a body (a void's reason). */
  del<T = void>(path: string, body?: unknown): Promise<T>;
  upload<T>(path: string, file: Blob, contentType: string): Promise<T>;
  /** Like post, but also returns the HTTP status (201 created vs 200 replayed). */
  postWithStatus<T>(path: string, body: unknown): Promise<{ status: number; data: T }>;
}

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const base = options.baseUrl ?? '';

  async function request<T>(method: string, path: string, body?: BodyInit, type?: string) {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (type) headers['content-type'] = type;
    const token = options.getToken?.();
    if (token) headers.authorization = `Bearer ${token}`;
    let res: Response;
    try {
      res = await fetch(base + path, { method, headers, body, credentials: 'same-origin' });
    } catch {
      throw new ApiError('The store server cannot be reached', 0, 'NETWORK_ERROR');
    }
    if (res.status === 204) return { status: 204, data: undefined as T };
    const text = await res.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON (a proxy's error page, say): handled as a bare status below.
    }
    if (!res.ok) {
      const retry = res.headers.get('retry-after');
      const err = isErrorEnvelope(json)
        ? new ApiError(
            json.detail,
            res.status,
            json.error_code,
            json.errors ?? [],
            retry ? Number(retry) : null,
          )
        : new ApiError(
            `HTTP ${res.status}`,
            res.status,
            res.status >= 500 ? 'INTERNAL_ERROR' : 'NETWORK_ERROR',
          );
      if (res.status === 401) options.onUnauthorized?.(err);
      throw err;
    }
    return { status: res.status, data: json as T };
  }

  const json = (body: unknown) => (body === undefined ? undefined : JSON.stringify(body));
  const jsonType = (body: unknown) => (body === undefined ? undefined : 'application/json');

  return {
    get: async (path) => (await request<any>('GET', path)).data,
    post: async (path, body) => (await request<any>('POST', path, json(body), jsonType(body))).data,
    put: async (path, body) => (await request<any>('PUT', path, json(body), 'application/json')).data,
    del: async (path, body) => (await request<any>('DELETE', path, json(body), jsonType(body))).data,
    upload: async (path, file, contentType) => (await request<any>('POST', path, file, contentType)).data,
    postWithStatus: (path, body) => request<any>('POST', path, json(body), 'application/json'),
  };
}
