// The server's settings: read once from flags and the environment, validated, frozen.
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { ConfigError } from '../config.js';

const schema = z.object({
  host: z.string().min(1),
  port: z.number().int().min(0).max(65_535),
  db: z.string().min(1),
  /** Trust X-Forwarded-* from a TLS proxy in front: cookies become Secure for requests that came over https. */
  trustProxy: z.boolean(),
  /** Hours a login lasts. */
  sessionHours: z.number().positive().max(24 * 30),
  /** Failed logins allowed per client address and per user name within `loginWindowMinutes`. */
  loginAttempts: z.number().int().min(1).max(1000),
  loginWindowMinutes: z.number().positive().max(24 * 60),
  /** Largest request body (a batch of reports, an uploaded file), in bytes. */
  maxBodyBytes: z.number().int().positive(),
  /** Worker threads that answer incident lists and searches, each with its own read connection (0: the main thread).
   *  Default one per core up to four: each holds its own page cache (64 MiB) and file mapping. */
  readWorkers: z.number().int().min(0).max(64),
  /** The built web app's folder (`web/dist`); null serves the API only. */
  webRoot: z.string().nullable(),
});

export type ServerConfig = Readonly<z.infer<typeof schema>>;

export interface ServerFlags {
  readonly host?: string;
  readonly port?: string | number;
  readonly db?: string;
  readonly trustProxy?: boolean;
  readonly webRoot?: string | null;
  readonly readWorkers?: string | number;
}

const num = (v: string | number | undefined, name: string): number | undefined => {
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new ConfigError(`${name} must be a number; got "${v}"`);
  return n;
};

/** Flags first, then CORROBORATE_* environment variables, then the defaults. Throws ConfigError naming the setting. */
export function loadServerConfig(flags: ServerFlags, env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = schema.safeParse({
    host: flags.host ?? env.CORROBORATE_HOST ?? '127.0.0.1',
    port: num(flags.port, '--port') ?? num(env.CORROBORATE_PORT, 'CORROBORATE_PORT') ?? 8080,
    db: flags.db ?? env.CORROBORATE_DB ?? 'corroborate.db',
    trustProxy: flags.trustProxy ?? env.CORROBORATE_TRUST_PROXY === '1',
    sessionHours: num(env.CORROBORATE_SESSION_HOURS, 'CORROBORATE_SESSION_HOURS') ?? 12,
    loginAttempts: num(env.CORROBORATE_LOGIN_ATTEMPTS, 'CORROBORATE_LOGIN_ATTEMPTS') ?? 10,
    loginWindowMinutes: num(env.CORROBORATE_LOGIN_WINDOW_MINUTES, 'CORROBORATE_LOGIN_WINDOW_MINUTES') ?? 15,
    maxBodyBytes: num(env.CORROBORATE_MAX_BODY_BYTES, 'CORROBORATE_MAX_BODY_BYTES') ?? 32 * 1024 * 1024,
    readWorkers: num(flags.readWorkers, '--read-workers') ?? num(env.CORROBORATE_READ_WORKERS, 'CORROBORATE_READ_WORKERS') ?? Math.min(4, availableParallelism()),
    webRoot: flags.webRoot === undefined ? null : flags.webRoot,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`server setting ${issue.path.join('.')}: ${issue.message}`);
  }
  return Object.freeze(parsed.data);
}
