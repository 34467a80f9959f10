// The API from the browser: same origin, the session cookie, and the session's CSRF token on every write.

export interface User {
  id: number;
  username: string;
  role: 'viewer' | 'analyst' | 'admin';
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

let csrf: string | null = null;
let me: User | null = null;

export function currentUser(): User | null {
  return me;
}

export function can(role: User['role']): boolean {
  const rank = { viewer: 1, analyst: 2, admin: 3 };
  return me !== null && rank[me.role] >= rank[role];
}

export async function call<T = any>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrf) headers['x-csrf-token'] = csrf;
  const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
  const text = await res.text();
  const json = text ? JSON.parse(text) : null;
  if (!res.ok) {
    const e = json?.error ?? {};
    throw new ApiError(res.status, e.code ?? 'error', e.message ?? `${res.status} ${res.statusText}`, e.details);
  }
  return json as T;
}

/** Who is signed in (after a reload the cookie is still there; the CSRF token comes back with it). */
export async function restoreSession(): Promise<User | null> {
  try {
    const s = await call<{ user: User; csrfToken: string | null }>('GET', '/api/session');
    me = s.user;
    csrf = s.csrfToken;
  } catch {
    me = null;
    csrf = null;
  }
  return me;
}

export async function logIn(username: string, password: string): Promise<User> {
  const s = await call<{ user: User; csrfToken: string }>('POST', '/api/session', { username, password });
  me = s.user;
  csrf = s.csrfToken;
  return me;
}

export async function logOut(): Promise<void> {
  await call('DELETE', '/api/session');
  me = null;
  csrf = null;
}

/** Sends a document as the body, reporting upload progress (fetch cannot), resolving with the JSON answer. */
export function upload(file: File, onProgress: (fraction: number) => void): Promise<any> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/reports/upload?name=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader('content-type', file.type && file.type !== 'application/json' ? file.type : 'application/octet-stream');
    if (csrf) xhr.setRequestHeader('x-csrf-token', csrf);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      const json = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      if (xhr.status >= 200 && xhr.status < 300) resolve(json);
      else reject(new ApiError(xhr.status, json?.error?.code ?? 'error', json?.error?.message ?? `upload failed (${xhr.status})`));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'the upload did not reach the server'));
    xhr.send(file);
  });
}

/** Filters as a query string, without empty values. */
export function qs(params: Record<string, string | number | null | undefined>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : '';
}
