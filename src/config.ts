// Configuration: read once from the environment and the command line, validated, frozen.
import { z } from 'zod';
import type { InputFormat } from './core/types.js';
import { parseFieldMap, type FieldMap } from './ingest/record-fields.js';

/** A setting the user gave is not valid; the message names it and says what it takes. */
export class ConfigError extends Error {}

const SIZE = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i;

/** "20MB", "512k", "1048576" → bytes. */
export function parseSize(s: string): number {
  const m = SIZE.exec(s.trim());
  if (!m) throw new Error(`"${s}" is not a size; write e.g. 20MB, 512KB or a number of bytes`);
  const unit = (m[2] ?? 'b').toLowerCase()[0]!;
  const mult = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.round(Number(m[1]) * mult);
}

const schema = z.object({
  db: z.string().min(1),
  maxReportBytes: z.number().int().positive(),
  urlTimeoutMs: z.number().int().positive(),
  maxRedirects: z.number().int().min(0).max(20),
  batchSize: z.number().int().min(1).max(100_000),
  workers: z.number().int().min(0).max(256).nullable(),
  format: z.enum(['text', 'html', 'jsonl', 'csv', 'feed']).nullable(),
  fieldMap: z.record(z.string(), z.string()),
});

export type Config = Readonly<{
  db: string;
  maxReportBytes: number;
  urlTimeoutMs: number;
  maxRedirects: number;
  batchSize: number;
  /** Worker threads for cleaning and extraction; null: one per core beyond the first. */
  workers: number | null;
  format: InputFormat | null;
  fieldMap: FieldMap;
}>;

/** What a command line may set; anything unset comes from the environment, then the defaults. */
export interface ConfigFlags {
  readonly db?: string;
  readonly maxReportSize?: string;
  readonly timeout?: string;
  readonly batchSize?: string;
  readonly workers?: string;
  readonly format?: string;
  readonly map?: string;
}

export function loadConfig(flags: ConfigFlags, env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return buildConfig(flags, env);
  } catch (e) {
    throw e instanceof ConfigError ? e : new ConfigError((e as Error).message);
  }
}

function buildConfig(flags: ConfigFlags, env: NodeJS.ProcessEnv): Config {
  const raw = {
    db: flags.db ?? env.CORROBORATE_DB ?? './corroborate.db',
    maxReportBytes: parseSize(flags.maxReportSize ?? env.CORROBORATE_MAX_REPORT_SIZE ?? '20MB'),
    urlTimeoutMs: Number(flags.timeout ?? env.CORROBORATE_URL_TIMEOUT_MS ?? 15000),
    maxRedirects: 5,
    batchSize: Number(flags.batchSize ?? 500),
    workers: flags.workers === undefined ? (env.CORROBORATE_WORKERS === undefined ? null : Number(env.CORROBORATE_WORKERS)) : Number(flags.workers),
    format: flags.format ?? null,
    fieldMap: flags.map ? parseFieldMap(flags.map) : {},
  };
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`invalid setting ${issue.path.join('.')}: ${issue.message}`);
  }
  return Object.freeze({ ...parsed.data, fieldMap: Object.freeze(parsed.data.fieldMap) }) as Config;
}
