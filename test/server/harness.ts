// A real server on 127.0.0.1 over a temporary database, with a user and an API token for each role.
import { join } from 'node:path';
import { after } from 'node:test';
import { buildServer, type Server } from '../../src/server/app.js';
import { loadServerConfig, type ServerConfig } from '../../src/server/config.js';
import { ReadPool } from '../../src/server/read-pool.js';
import { hashPassword, newSecret, secretHash } from '../../src/server/secrets.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Role } from '../../src/store/store.js';
import { tempDir } from '../helpers.js';

export const PASSWORD = 'a long test password';

export interface Running {
  readonly url: string;
  readonly server: Server;
  readonly store: SqliteStore;
  readonly cfg: ServerConfig;
  /** An API token for a user of each role ("viewer", "analyst", "admin" are also their user names). */
  readonly tokens: Readonly<Record<Role, string>>;
}

export async function startServer(
  opts: { users?: boolean; env?: NodeJS.ProcessEnv; trustProxy?: boolean; webRoot?: string; readWorkers?: number } = {},
): Promise<Running> {
  const dir = tempDir();
  const cfg = loadServerConfig({ db: join(dir, 'test.db'), port: 0, trustProxy: opts.trustProxy, webRoot: opts.webRoot }, opts.env ?? {});
  const store = SqliteStore.open(cfg.db);
  const tokens = {} as Record<Role, string>;
  if (opts.users !== false) {
    const hash = await hashPassword(PASSWORD);
    for (const role of ['viewer', 'analyst', 'admin'] as const) {
      const user = (await store.users.createUser(role, role, hash))!;
      tokens[role] = newSecret('cbt_');
      await store.users.createToken(user.id, `${role} test token`, secretHash(tokens[role]));
    }
  }
  const reads = opts.readWorkers ? new ReadPool(cfg.db, opts.readWorkers) : undefined;
  const server = await buildServer(store, cfg, { reads });
  await server.app.listen({ host: '127.0.0.1', port: 0 });
  const addr = server.app.server.address();
  const url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  after(async () => {
    await server.app.close();
    await reads?.close();
    await store.close();
  });
  return { url, server, store, cfg, tokens };
}

/** fetch with an API token, JSON in and out. */
export async function api(
  run: Running,
  role: Role | null,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: any; headers: Headers; text: string }> {
  const h: Record<string, string> = { ...headers };
  if (role) h.authorization = `Bearer ${run.tokens[role]}`;
  if (body !== undefined && !h['content-type']) h['content-type'] = 'application/json';
  const res = await fetch(run.url + path, { method, headers: h, body: body === undefined ? undefined : typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body) });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: an export or a download
  }
  return { status: res.status, json, headers: res.headers, text };
}

/** A browser-like session: logs in, keeps the cookie, sends the CSRF token on writes when asked to. */
export async function login(run: Running, username: string, password = PASSWORD) {
  const res = await fetch(`${run.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  const setCookie = res.headers.get('set-cookie') ?? '';
  const json = (await res.json()) as { csrfToken?: string };
  const cookie = setCookie.split(';')[0]!;
  return {
    status: res.status,
    setCookie,
    csrfToken: json.csrfToken ?? null,
    async call(method: string, path: string, body?: unknown, csrf = true) {
      const h: Record<string, string> = { cookie };
      if (body !== undefined) h['content-type'] = 'application/json';
      if (csrf && json.csrfToken) h['x-csrf-token'] = json.csrfToken;
      const r = await fetch(run.url + path, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await r.text();
      return { status: r.status, json: text ? (JSON.parse(text) as any) : null };
    },
  };
}

/** Reports written for these tests: two events in Syria, told by three outlets. */
export const REPORTS = [
  {
    id: 'douma-1',
    source: 'example-news',
    title: 'Air strike kills 12 at a market in Douma',
    published_at: '2018-02-20',
    text: 'At least 12 civilians were killed on Monday when government warplanes struck a crowded market in Douma, in the Eastern Ghouta, rescuers said. Eight children were among the dead.',
  },
  {
    id: 'saraqib-1',
    source: 'other-wire',
    title: 'Shelling kills five in Saraqib',
    published_at: '2016-05-12',
    text: 'Five people were killed on Wednesday when rebel shells hit a residential building in Saraqib, in Idlib province, a monitoring group said.',
  },
  {
    id: 'xss-1',
    source: 'hostile-site',
    title: '<img src=x onerror=alert(1)> Blast kills three in Homs',
    published_at: '2017-03-02',
    text: 'Three people were killed on Tuesday when a car bomb exploded in the city of Homs. <script>alert("x")</script> <a href="javascript:alert(2)">more</a>',
  },
];
