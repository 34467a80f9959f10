// The SQLite store: one file, WAL, a transaction per batch, FTS5 over report text.
import Database from 'better-sqlite3';
import type { Account, EditableField, FieldEdit, Incident, Message, Report, ReviewStatus } from '../../core/types.js';
import { message } from '../../core/values.js';
import type {
  AccountView,
  IncidentPage,
  SummaryPage,
  MapView,
  Timeline,
  UserStore,
  Versions,
  Linker,
  IncidentDetail,
  IncidentFilter,
  IncidentRow,
  LogEvent,
  ReportBundle,
  SaveOutcome,
  Store,
  StoreCounts,
  StoredEvent,
  StoredReport,
} from '../store.js';
import { InvalidRequest } from '../store.js';
import { MIGRATIONS, SUMMARY_CELL_SQL, SUMMARY_DAY_SQL } from './migrations.js';
import { createHash } from 'node:crypto';
import { featuresOf, type Features, type LinkInput } from '../../link/features.js';
import { affectedAccounts, blockKeys, type LinkSource } from '../../link/incremental.js';
import { cellsAround } from '../../link/grid.js';
import { decisionsFrom, MERGE, SPLIT } from '../../link/decisions.js';
import { linkEach } from '../../link/link-accounts.js';
import { textFingerprint } from '../../link/fingerprint.js';
import { applyEdits, EDIT, fieldValue, REVIEW, VersionConflict, type ReviewChange } from '../review.js';
import { SqliteUsers } from './sqlite-users.js';
import { sourcesOf, summaryOf, titlesOf, type Refs } from '../summary.js';

type Db = Database.Database;

/** Applies what is missing; returns the versions it applied. */
function migrate(db: Db): number[] {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
  const now: number[] = [];
  // A migration may rebuild a table others refer to (SQLite's way to change a table): foreign keys are
  // off while migrations run, and checked once they are done.
  db.pragma('foreign_keys = OFF');
  for (const m of MIGRATIONS) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
      const broken = db.pragma('foreign_key_check') as unknown[];
      if (broken.length > 0) throw new Error(`migration ${m.version} (${m.name}) broke ${broken.length} foreign keys; the database is unchanged`);
    })();
    now.push(m.version);
  }
  db.pragma('foreign_keys = ON');
  const found = schemaVersion(db);
  if (found > NEWEST_SCHEMA) {
    throw new Error(`this database has schema version ${found}, newer than this corroborate (${NEWEST_SCHEMA}); upgrade corroborate to open it`);
  }
  return now;
}

/** The schema version this code writes. */
const NEWEST_SCHEMA = Math.max(...MIGRATIONS.map((m) => m.version));

/** The newest schema version applied to a database. */
function schemaVersion(db: Db): number {
  return (db.prepare('SELECT max(version) FROM schema_migrations').pluck().get() as number | null) ?? 0;
}

/** The read settings every connection takes, writer or reader. */
function tuneReads(db: Db): void {
  db.pragma('cache_size = -65536');
  // Reads through memory-mapped pages instead of a read() per page: a list or a search touches hundreds
  // of scattered rows (measured on a million incidents: a box-and-dates page 4.5 → 1.3 ms).
  db.pragma('mmap_size = 1073741824');
  db.pragma('busy_timeout = 5000');
}

/**
 * Turns what a user types into an FTS5 query: each word is matched as a quoted term (so "al-Kallaseh" or a
 * stray quote is never a syntax error), all words must match, and a trailing `*` keeps prefix search.
 */
export function ftsQuery(input: string): string | null {
  const terms = input
    .split(/\s+/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => {
      const prefix = t.endsWith('*');
      const word = t.replace(/\*+$/, '').replace(/"/g, '""');
      return word ? `"${word}"${prefix ? '*' : ''}` : null;
    })
    .filter((t): t is string => t !== null);
  return terms.length > 0 ? terms.join(' ') : null;
}

/** The incident columns written from an incident, in the order `incidentValues` gives them. */
const INCIDENT_COLUMNS = [
  'date_start', 'date_end', 'date_precision', 'event_type', 'country', 'admin1', 'place_name', 'lat', 'lon', 'precision', 'place_ref',
  'killed_low', 'killed_best', 'killed_high', 'grade', 'review_status', 'confidence', 'source_count', 'doc', 'updated_at', 'refs',
] as const;

function incidentValues(inc: Incident, updatedAt: string, refs: string): unknown[] {
  return [
    inc.date?.start ?? null, inc.date?.end ?? null, inc.date?.precision ?? null, inc.eventType, inc.place?.country ?? null, inc.place?.admin1 ?? null,
    inc.place?.name ?? null, inc.place?.lat ?? null, inc.place?.lon ?? null, inc.place?.precision ?? null, inc.place?.gazetteerId ?? null,
    inc.killed?.low ?? null, inc.killed?.best ?? null, inc.killed?.high ?? null, inc.grade, inc.reviewStatus, inc.confidence ?? null,
    inc.sourceCount ?? new Set(inc.reportIds).size, JSON.stringify(inc), updatedAt, refs,
  ];
}

/** What a reviewer should look at first: contested, then single-source, then the least confident. */
const REVIEW_ORDER = "CASE i.grade WHEN 'contested' THEN 0 WHEN 'single-source' THEN 1 WHEN 'corroborated' THEN 2 ELSE 3 END, coalesce(i.confidence, 0), i.rowid";

/** Days since 1970 of a `YYYY-MM-DD`, as the R*Tree `incidents_where` counts them. */
function dayNumber(d: string): number {
  return Date.parse(`${d}T00:00:00Z`) / 86_400_000;
}

/** Undated incidents sit at day -1e9 in the R*Tree: anything below this is undated. */
const UNDATED_BELOW = -1e8;

/**
 * The R*Tree conditions (on `incidents_where`) for a filter's box and dates: place and days are one lookup.
 * With a date filter the undated are left out, as comparisons with NULL leave them out of the incidents.
 */
function boxClause(filter: IncidentFilter & { bbox: readonly [number, number, number, number] }): { where: string[]; params: unknown[] } {
  const { where, params } = placeClause(filter.bbox);
  where.push('max_day >= ? AND min_day <= ?');
  params.push(filter.from ? dayNumber(filter.from) : -1e10, filter.to ? dayNumber(filter.to) : 1e10);
  if (filter.from || filter.to) where.push(`min_day > ${UNDATED_BELOW}`);
  return { where, params };
}

/** The R*Tree conditions for a box alone. */
function placeClause(bbox: readonly [number, number, number, number]): { where: string[]; params: unknown[] } {
  const [w, south, e, n] = bbox;
  // A box across the antimeridian (west > east) is two boxes.
  return { where: [w <= e ? 'max_lon >= ? AND min_lon <= ?' : '(max_lon >= ? OR min_lon <= ?)', 'max_lat >= ? AND min_lat <= ?'], params: [w, e, south, n] };
}

/** A row of the R*Tree: the incident's rowid, its first day (days since 1970; undated far below zero) and place. */
interface BoxRow {
  readonly rowid: number;
  readonly min_day: number;
  readonly min_lat: number;
  readonly min_lon: number;
}

/** An incident of a page: its rowid, its list order, and where its summary is kept when the page knows. */
interface PageKey {
  readonly rowid: number;
  readonly sort_key: string;
  readonly summary?: [number, number, number];
}

/** Incidents are listed by start date, undated last, then by row: a total order a cursor can resume. */
const SORT_KEY = "coalesce(i.date_start, '~')";

/** Where `incidents_fts` keeps an incident: its start day and rowid in one number, in list order (schema 4). */
const SEARCH_SHIFT = 2 ** 32;
const SEARCH_UNDATED = 2_097_151;
function searchKey(dateStart: string | null | undefined, rowid: number): number {
  const day = dateStart ? Date.parse(`${dateStart}T00:00:00Z`) / 86_400_000 : NaN;
  return (Number.isInteger(day) ? day + 1_000_000 : SEARCH_UNDATED) * SEARCH_SHIFT + rowid;
}

function cursorFor(key: string, rowid: number): string {
  return Buffer.from(JSON.stringify([key, rowid])).toString('base64url');
}

/** A cursor back to its sort key and row; a cursor that is not one of ours is a caller's error. */
function cursorOf(cursor: string): [string, number] {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && typeof v[0] === 'string' && Number.isInteger(v[1])) return [v[0], v[1] as number];
  } catch {
    // fall through
  }
  throw new InvalidRequest(`"${cursor}" is not a cursor this store gave out`);
}

interface IncidentSql {
  readonly doc: string;
  readonly refs: string;
  readonly version: string;
}

function rowOf(r: IncidentSql): IncidentRow {
  const refs = JSON.parse(r.refs) as Refs;
  return { incident: JSON.parse(r.doc) as Incident, version: r.version, sources: sourcesOf(refs), titles: titlesOf(refs) };
}

/** The list summary of an incident as it is written, with the version and refs written with it. */
function summaryJson(inc: Incident, version: string, refs: string): string {
  const r = JSON.parse(refs) as Refs;
  return JSON.stringify(summaryOf(inc, version, sourcesOf(r), titlesOf(r)));
}

/**
 * Writes an incident's list summary (its rowid, its JSON) under its place and day, read from its R*Tree row:
 * so it is run after the incident's own row is written. One that was kept under another key goes (the id
 * is unique).
 */
export const PUT_SUMMARY = `INSERT OR REPLACE INTO incident_summaries (cell, day, id, json)
  SELECT ${SUMMARY_CELL_SQL}, ${SUMMARY_DAY_SQL}, x.id, x.json FROM (SELECT ? AS id, ? AS json) x LEFT JOIN incidents_where w ON w.id = x.id`;

/** Where a summary is kept, from its incident's R*Tree row: as SUMMARY_CELL_SQL and SUMMARY_DAY_SQL reckon it. */
function summaryKey(r: BoxRow): [number, number, number] {
  return [Math.floor(r.min_lat) * 360 + Math.floor(r.min_lon), Math.trunc(r.min_day), r.rowid];
}

/** Writes the list summary of every incident that has none (a database made before schema 4), in batches. */
function fillSummaries(db: Db): void {
  const missing = db.prepare(
    'SELECT i.rowid AS rowid, i.doc AS doc, i.updated_at AS version, i.refs AS refs FROM incidents i WHERE i.rowid > ? AND NOT EXISTS (SELECT 1 FROM incident_summaries s WHERE s.id = i.rowid) ORDER BY i.rowid LIMIT 5000',
  );
  const put = db.prepare(PUT_SUMMARY);
  let after = 0;
  for (;;) {
    const rows = missing.all(after) as (IncidentSql & { rowid: number })[];
    if (rows.length === 0) return;
    db.transaction(() => {
      for (const r of rows) put.run(r.rowid, summaryJson(JSON.parse(r.doc) as Incident, r.version, r.refs));
    })();
    after = rows[rows.length - 1]!.rowid;
  }
}

export class SqliteStore implements Store {
  private readonly db: Db;
  private readonly stmt: ReturnType<SqliteStore['prepare']>;

  /** True when the database predates linking (schema 2) and its accounts still need linking keys. */
  readonly needsRelink: boolean;
  readonly users: UserStore;
  /** The last write time handed out: versions must differ even for two writes in one millisecond. */
  private lastStamp = 0;

  private constructor(db: Db, needsRelink: boolean) {
    this.db = db;
    this.stmt = this.prepare();
    this.needsRelink = needsRelink;
    this.users = new SqliteUsers(db);
  }

  private readonly statements = new Map<string, Database.Statement>();

  /**
   * A prepared statement for this SQL, kept: queries made from filters repeat, and compiling one (an R*Tree
   * lookup, subqueries) costs more than running it. `pluck` is set on every use, as statements are shared.
   */
  private sql(text: string, pluck = false): Database.Statement {
    let st = this.statements.get(text);
    if (!st) {
      if (this.statements.size >= 500) this.statements.clear();
      st = this.db.prepare(text);
      this.statements.set(text, st);
    }
    return st.reader ? st.pluck(pluck) : st;
  }

  /** Now as ISO 8601, strictly later than any stamp this store gave before. */
  private stamp(): string {
    this.lastStamp = Math.max(Date.now(), this.lastStamp + 1);
    return new Date(this.lastStamp).toISOString();
  }

  /** Opens (creating if needed) a database file and brings its schema up to date. */
  static open(path: string): SqliteStore {
    const db = new Database(path);
    // Reports are a few kilobytes each: 16 KiB pages keep most in one page instead of overflow chains
    // (measured ~15% faster ingest than 4 KiB). Takes effect only when the file is created.
    db.pragma('page_size = 16384');
    db.pragma('journal_mode = WAL');
    tuneReads(db);
    // WAL with NORMAL survives a killed process; only a power loss can drop the last transactions.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    const applied = migrate(db);
    // Once, when the summaries' table is new; a list makes any still missing itself (see pageSummaries).
    if (applied.includes(4)) fillSummaries(db);
    // A database made before linking (schema 1 only) has accounts without linking keys: relink them once.
    const hasAccounts = (db.prepare('SELECT count(*) FROM accounts').pluck().get() as number) > 0;
    return new SqliteStore(db, applied.includes(2) && !applied.includes(1) && hasAccounts);
  }

  /**
   * A second connection to a store another `open` keeps up to date, for reading only: a server's read
   * workers list and search on their own connections while the main one writes (WAL lets readers and a
   * writer go on at once, each read seeing the last commit before it began).
   */
  static openReader(path: string): SqliteStore {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    tuneReads(db);
    const found = schemaVersion(db);
    if (found !== NEWEST_SCHEMA) {
      db.close();
      throw new Error(`${path} has schema version ${found}, not ${NEWEST_SCHEMA}: open it for writing first, which brings it up to date`);
    }
    return new SqliteStore(db, false);
  }

  private prepare() {
    const db = this.db;
    return {
      knownRaw: db.prepare('SELECT 1 FROM raw_reports WHERE sha256 = ?').pluck(),
      insertRaw: db.prepare(
        `INSERT OR IGNORE INTO raw_reports (sha256, format, origin_kind, origin_location, origin_line, received_at, batch_id, metadata, bytes)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      reportIdOfRaw: db.prepare('SELECT id FROM reports WHERE raw_sha256 = ?').pluck(),
      reportIdTaken: db.prepare('SELECT 1 FROM reports WHERE id = ?').pluck(),
      insertReport: db.prepare(
        `INSERT INTO reports (id, raw_sha256, title, source, url, published_at, language, text, text_sha256, doc)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      insertAccount: db.prepare(
        `INSERT INTO accounts (report_rowid, ordinal, is_primary, event_type, date_start, date_end, country, admin1, place_name, lat, lon, killed_low, killed_high, doc)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      insertIncident: db.prepare(
        `INSERT INTO incidents (id, ${INCIDENT_COLUMNS.join(', ')}) VALUES (?, ${INCIDENT_COLUMNS.map(() => '?').join(', ')})`,
      ),
      insertIncidentAccount: db.prepare('INSERT INTO incident_accounts (incident_rowid, account_id) VALUES (?, ?)'),
      insertLinkKeys: db.prepare(
        'INSERT OR REPLACE INTO link_keys (account_id, day0, day1, country, admin1, cell, precision, coarse_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      setFingerprint: db.prepare('UPDATE reports SET fingerprint = ? WHERE rowid = ?'),
      insertLinkQuote: db.prepare('INSERT OR REPLACE INTO link_quotes (account_id, quote_key) VALUES (?, ?)'),
      isBridge: db.prepare('SELECT 1 FROM link_bridges WHERE account_id = ?').pluck(),
      insertBridge: db.prepare('INSERT OR IGNORE INTO link_bridges (account_id) VALUES (?)'),
      deleteBridge: db.prepare('DELETE FROM link_bridges WHERE account_id = ?'),
      incidentRowOfAccount: db.prepare('SELECT incident_rowid FROM incident_accounts WHERE account_id = ?').pluck(),
      accountsOfIncidentRow: db.prepare('SELECT account_id FROM incident_accounts WHERE incident_rowid = ?').pluck(),
      incidentById: db.prepare('SELECT rowid, doc FROM incidents WHERE id = ?'),
      incidentDoc: db.prepare('SELECT doc FROM incidents WHERE rowid = ?').pluck(),
      incidentIdOfRow: db.prepare('SELECT id FROM incidents WHERE rowid = ?').pluck(),
      deleteIncidentAccounts: db.prepare('DELETE FROM incident_accounts WHERE incident_rowid = ?'),
      deleteIncidentAccount: db.prepare('DELETE FROM incident_accounts WHERE account_id = ?'),
      deleteIncidentAccountOf: db.prepare('DELETE FROM incident_accounts WHERE incident_rowid = ? AND account_id = ?'),
      updateIncident: db.prepare(
        `UPDATE incidents SET ${INCIDENT_COLUMNS.map((c) => `${c} = ?`).join(', ')} WHERE rowid = ?`,
      ),
      deleteIncident: db.prepare('DELETE FROM incidents WHERE rowid = ?'),
      putSummary: db.prepare(PUT_SUMMARY),
      insertSearch: db.prepare('INSERT INTO incidents_fts (rowid, text) VALUES (?, ?)'),
      deleteSearch: db.prepare('DELETE FROM incidents_fts WHERE rowid = ?'),
      reportText: db.prepare('SELECT title, text FROM reports WHERE id = ?'),
      reviewEvents: db.prepare(`SELECT seq, at, actor, kind, payload FROM events WHERE target = ? AND kind IN ('${REVIEW}', '${EDIT}') ORDER BY seq`),
      linkEvents: db.prepare(`SELECT kind, payload FROM events WHERE kind IN ('${MERGE}', '${SPLIT}') ORDER BY seq`),
      insertMessage: db.prepare(
        'INSERT INTO messages (batch_id, report_rowid, severity, rule, text, source, line, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
    };
  }

  private insertMessage(m: Message, batchId: number | null, reportRowid: number | null): void {
    this.stmt.insertMessage.run(batchId, reportRowid, m.severity, m.rule, m.text, m.source, m.line, m.span?.start ?? null, m.span?.end ?? null);
  }

  async knownRaw(sha256s: readonly string[]): Promise<ReadonlySet<string>> {
    return new Set(sha256s.filter((s) => this.stmt.knownRaw.get(s) !== undefined));
  }

  async saveBatch(batchId: number | null, bundles: readonly ReportBundle[], linker: Linker): Promise<readonly SaveOutcome[]> {
    const s = this.stmt;
    return this.db.transaction(() => {
      const outcomes: SaveOutcome[] = [];
      const fresh: LinkInput[] = [];
      for (const bundle of bundles) {
        const { raw, report, accounts } = bundle;
        const o = raw.origin;
        const ins = s.insertRaw.run(raw.sha256, raw.format, o.kind, o.location, o.line, raw.receivedAt, batchId, JSON.stringify(raw.metadata), raw.bytes);
        if (ins.changes === 0) {
          outcomes.push({ kind: 'duplicate', reportId: String(s.reportIdOfRaw.get(raw.sha256) ?? report.id) });
          continue;
        }
        const messages: Message[] = [...report.messages];
        let id = report.id;
        if (s.reportIdTaken.get(id) !== undefined) {
          // Same id, other content: both are kept, the newcomer under an id that says which content it is.
          id = `${report.id}~${raw.sha256.slice(0, 8)}`;
          messages.push(
            message('warning', 'store:id-taken', `id "${report.id}" already names a report with other content; stored as "${id}"`, {
              source: o.location,
              line: o.line,
            }),
          );
        }
        const doc = JSON.stringify({ publishedAt: report.publishedAt, removed: report.removed, metadata: report.metadata });
        const textSha = createHash('sha256').update(report.text).digest('hex');
        const rowid = Number(
          s.insertReport.run(id, raw.sha256, report.title, report.source, report.url, report.publishedAt?.value ?? null, report.language, report.text, textSha, doc)
            .lastInsertRowid,
        );
        const fingerprint = bundle.fingerprint ?? (accounts.length > 0 ? textFingerprint(report.text) : null);
        if (fingerprint) s.setFingerprint.run(fingerprint, rowid);
        for (const m of messages) this.insertMessage(m, batchId, rowid);
        const accountIds: number[] = [];
        accounts.forEach((a, ordinal) => {
          const accountId = Number(
            s.insertAccount.run(
              rowid, ordinal, a.primary ? 1 : 0, a.eventType, a.date?.start ?? null, a.date?.end ?? null, a.place?.country ?? null,
              a.place?.admin1 ?? null, a.place?.name ?? null, a.place?.lat ?? null, a.place?.lon ?? null,
              a.killed.total?.low ?? null, a.killed.total?.high ?? null, JSON.stringify(a),
            ).lastInsertRowid,
          );
          accountIds.push(accountId);
          const input: LinkInput = { id: accountId, reportId: id, source: report.source, publishedAt: report.publishedAt?.value ?? null, fingerprint, account: a };
          this.fileLinkKeys(featuresOf(input, linker.parentOf), linker);
          this.inputCache.set(accountId, input);
          fresh.push(input);
        });
        outcomes.push({ kind: 'stored', reportId: id, accountIds });
      }
      if (fresh.length > 0) this.relinkAround(fresh, linker);
      return outcomes;
    })();
  }

  private fileLinkKeys(f: Features, linker: Linker): void {
    if (f.fingerprint) this.stmt.insertLinkQuote.run(f.id, f.quoteKey);
    const k = blockKeys(f, linker.config);
    if (k) this.stmt.insertLinkKeys.run(f.id, k.day0, k.day1, k.country, k.admin1, k.cell, k.precision, k.coarseDate ? 1 : 0);
  }

  /** Accounts read for linking, kept across batches (accounts never change once stored); bounded. */
  private readonly inputCache = new Map<number, LinkInput>();

  /** Link inputs by account id, read from the accounts and their reports. */
  private inputsByIds(ids: readonly number[]): LinkInput[] {
    const out: LinkInput[] = [];
    const missing: number[] = [];
    for (const id of ids) {
      const hit = this.inputCache.get(id);
      if (hit) out.push(hit);
      else missing.push(id);
    }
    if (this.inputCache.size + missing.length > 50_000) this.inputCache.clear();
    for (let k = 0; k < missing.length; k += 500) {
      const chunk = missing.slice(k, k + 500);
      const rows = this.sql(
        `SELECT a.id, r.id AS reportId, r.source, r.published_at AS publishedAt, r.fingerprint, a.doc
           FROM accounts a JOIN reports r ON r.rowid = a.report_rowid WHERE a.id IN (${chunk.map(() => '?').join(',')})`,
      ).all(...chunk) as { id: number; reportId: string; source: string | null; publishedAt: string | null; fingerprint: string | null; doc: string }[];
      for (const r of rows) {
        const input = { id: r.id, reportId: r.reportId, source: r.source, publishedAt: r.publishedAt, fingerprint: r.fingerprint, account: JSON.parse(r.doc) as Account };
        this.inputCache.set(r.id, input);
        out.push(input);
      }
    }
    return out;
  }

  /** The store as the incremental linker sees it: candidates by blocking keys, incident mates, accounts by id. */
  private linkSource(linker: Linker): LinkSource {
    const cfg = linker.config;
    const cache = new Map<number, LinkInput>();
    const byIds = (ids: readonly number[]): LinkInput[] => {
      const missing = ids.filter((id) => !cache.has(id));
      for (const i of this.inputsByIds(missing)) cache.set(i.id, i);
      return ids.map((id) => cache.get(id)).filter((i): i is LinkInput => !!i);
    };
    const q = {
      cells: this.sql('SELECT account_id FROM link_keys WHERE country = ? AND cell = ? AND day0 BETWEEN ? AND ? AND day1 >= ?', true),
      admin1: this.sql('SELECT account_id FROM link_keys WHERE country = ? AND admin1 = ? AND day0 BETWEEN ? AND ? AND day1 >= ?', true),
      coarse: this.sql('SELECT account_id FROM link_keys WHERE precision = ? AND country = ? AND day0 BETWEEN ? AND ? AND day1 >= ?', true),
      country: this.sql('SELECT account_id FROM link_keys WHERE country = ? AND day0 BETWEEN ? AND ? AND day1 >= ? LIMIT ?', true),
      coarseDates: this.sql('SELECT account_id FROM link_keys WHERE coarse_date = 1 AND country = ?', true),
      quotes: this.sql('SELECT account_id FROM link_quotes WHERE quote_key = ? LIMIT 2000', true),
    };
    return {
      candidates: (f: Features) => {
        const k = blockKeys(f, cfg);
        const copies = f.fingerprint ? (q.quotes.all(f.quoteKey) as number[]).filter((id) => id !== f.id) : [];
        if (!k) return byIds(copies);
        // Day-precision accounts may be filed up to a year back (a month-precision date starts on the 1st).
        const pad = Math.max(cfg.maxDaysApart, cfg.coarseWindowDays.week);
        const lo = k.day0 - pad - 7;
        const hi = k.day1 + pad;
        const from = k.day0 - pad;
        const ids = new Set<number>();
        const add = (xs: unknown[]) => xs.forEach((x) => ids.add(x as number));
        if (k.cell !== null) for (const cell of cellsAround(f, cfg)) add(q.cells.all(k.country, cell, lo, hi, from));
        else if (k.precision === 'admin1' && k.admin1) add(q.admin1.all(k.country, k.admin1, lo, hi, from));
        else add(q.country.all(k.country, lo, hi, from, cfg.maxCountryCandidates));
        add(q.coarse.all('admin1', k.country, lo, hi, from));
        add(q.coarse.all('country', k.country, lo, hi, from));
        add(q.coarseDates.all(k.country));
        add(copies);
        ids.delete(f.id);
        return byIds([...ids]);
      },
      incidentMates: (accountIds: readonly number[]) => {
        const mates = new Set<number>();
        for (const id of accountIds) {
          const row = this.stmt.incidentRowOfAccount.get(id) as number | undefined;
          if (row !== undefined) for (const m of this.stmt.accountsOfIncidentRow.all(row) as number[]) mates.add(m);
        }
        return byIds([...mates]);
      },
      byIds,
      bridged: (accountIds: readonly number[]) => {
        const out = new Set<number>();
        for (const id of accountIds) if (this.stmt.isBridge.get(id) !== undefined) out.add(id);
        return out;
      },
    };
  }

  /** Which of `accountIds` are bridges now: exactly `bridges`. */
  private setBridges(accountIds: readonly number[], bridges: readonly number[]): void {
    for (const id of accountIds) this.stmt.deleteBridge.run(id);
    for (const id of bridges) this.stmt.insertBridge.run(id);
  }

  /** People's merges and splits, from the event log. */
  private decisions() {
    return decisionsFrom((this.stmt.linkEvents.all() as { kind: string; payload: string }[]).map((e) => ({ kind: e.kind, payload: JSON.parse(e.payload) as Record<string, unknown> })));
  }

  /** Relinks the accounts `fresh` can affect and replaces their incidents. Call inside a transaction. */
  private relinkAround(fresh: readonly LinkInput[], linker: Linker): Incident[] {
    const decisions = this.decisions();
    const inputs = affectedAccounts(fresh, this.linkSource(linker), linker.config, linker.parentOf, decisions);
    const incidents: Incident[] = [];
    let bridges: number[] = [];
    linkEach(inputs.length, (i) => inputs[i]!, { config: linker.config, parentOf: linker.parentOf, decisions }, (inc) => incidents.push(inc), (b) => (bridges = b));
    this.setBridges(inputs.map((i) => i.id), bridges);
    return this.replaceIncidents(inputs, incidents);
  }

  /**
   * Replaces the incidents these accounts are in by `incidents` (which hold exactly these accounts). An
   * incident that keeps its id is updated in place, its account rows changed only where they differ.
   */
  private replaceIncidents(inputs: readonly LinkInput[], incidents: readonly Incident[]): Incident[] {
    const s = this.stmt;
    const previous = new Map<string, { rowid: number; incident: Incident }>();
    const rows = new Set<number>();
    for (const i of inputs) {
      const row = s.incidentRowOfAccount.get(i.id) as number | undefined;
      if (row !== undefined) rows.add(row);
    }
    for (const row of rows) {
      const old = JSON.parse(s.incidentDoc.get(row) as string) as Incident;
      previous.set(old.id, { rowid: row, incident: old });
    }
    const now = this.stamp();
    const stored: Incident[] = [];
    const kept = new Set<number>();
    for (const fresh of incidents) {
      const before = previous.get(fresh.id);
      const inc = this.withReview(fresh);
      const refs = this.refsOf(inc);
      const values = incidentValues(inc, now, refs);
      if (before) {
        kept.add(before.rowid);
        s.updateIncident.run(...values, before.rowid);
        s.putSummary.run(before.rowid, summaryJson(inc, now, refs));
        const had = new Set(before.incident.accountIds);
        const members = new Set(inc.accountIds);
        const sameReports = had.size === members.size && [...members].every((a) => had.has(a));
        this.reindex(before.rowid, before.incident, inc, sameReports);
        // Rows of this incident only: an account that left may already sit in its new incident.
        for (const a of had) if (!members.has(a)) s.deleteIncidentAccountOf.run(before.rowid, a);
        for (const a of inc.accountIds) {
          if (had.has(a)) continue;
          s.deleteIncidentAccount.run(a);
          s.insertIncidentAccount.run(before.rowid, a);
        }
      } else {
        const incRowid = Number(s.insertIncident.run(inc.id, ...values).lastInsertRowid);
        s.putSummary.run(incRowid, summaryJson(inc, now, refs));
        s.insertSearch.run(searchKey(inc.date?.start, incRowid), this.searchText(inc));
        for (const accountId of inc.accountIds) {
          // An account may still sit in an incident of the old set that is updated later in this loop.
          s.deleteIncidentAccount.run(accountId);
          s.insertIncidentAccount.run(incRowid, accountId);
        }
      }
      stored.push(inc);
    }
    for (const row of rows) {
      if (kept.has(row)) continue;
      s.deleteIncidentAccounts.run(row);
      s.deleteIncident.run(row);
    }
    return stored;
  }

  /** The words an incident is found by: the titles and texts of its reports. */
  private searchText(inc: Incident): string {
    return inc.reportIds
      .map((id) => {
        const r = this.stmt.reportText.get(id) as { title: string | null; text: string } | undefined;
        return r ? `${r.title ?? ''}\n${r.text}` : '';
      })
      .join('\n');
  }

  /** Moves an incident's row in `incidents_fts` when its start day changes, and rewrites it when its reports do. */
  private reindex(rowid: number, before: Incident, after: Incident, sameReports: boolean): void {
    const from = searchKey(before.date?.start, rowid);
    const to = searchKey(after.date?.start, rowid);
    if (from === to && sameReports) return;
    this.stmt.deleteSearch.run(from);
    this.stmt.insertSearch.run(to, this.searchText(after));
  }

  async relinkAll(linker: Linker): Promise<{ accounts: number; incidents: number }> {
    return this.db.transaction(() => {
      // Fingerprints missing (a database made before linking existed) are made first, so the accounts are
      // read once, with them; accounts read earlier without them are read again.
      const missing = this.sql('SELECT rowid, text FROM reports WHERE fingerprint IS NULL AND rowid IN (SELECT report_rowid FROM accounts)').all() as { rowid: number; text: string }[];
      for (const r of missing) {
        const fp = textFingerprint(r.text);
        if (fp) this.stmt.setFingerprint.run(fp, r.rowid);
      }
      if (missing.length > 0) this.inputCache.clear();
      const ids = this.sql('SELECT id FROM accounts ORDER BY id', true).all() as number[];
      const inputs = this.inputsByIds(ids);
      // Linking keys made under other rules are made afresh.
      this.db.exec('DELETE FROM link_keys; DELETE FROM link_quotes; DELETE FROM link_bridges;');
      for (const i of inputs) this.fileLinkKeys(featuresOf(i, linker.parentOf), linker);
      this.db.exec('DELETE FROM incident_accounts; DELETE FROM incidents;');
      const incidents: Incident[] = [];
      linkEach(inputs.length, (i) => inputs[i]!, { config: linker.config, parentOf: linker.parentOf, decisions: this.decisions() }, (inc) => incidents.push(inc), (b) =>
        this.setBridges([], b),
      );
      this.replaceIncidents([], incidents);
      return { accounts: ids.length, incidents: incidents.length };
    })();
  }

  private accountsOf(incidentId: string): number[] {
    const row = this.stmt.incidentById.get(incidentId) as { rowid: number } | undefined;
    if (!row) throw new Error(`no incident with id ${incidentId}`);
    return this.stmt.accountsOfIncidentRow.all(row.rowid) as number[];
  }

  /**
   * An incident as linking made it, with people's review from the log laid over it: corrections made to
   * this incident id (the latest per field), and the latest status if it was given on exactly these
   * accounts (new accounts are new evidence to review). Read from the log, so no relink can lose them.
   */
  private withReview(fresh: Incident): Incident {
    const rows = this.stmt.reviewEvents.all(fresh.id) as { seq: number; at: string; actor: string; kind: string; payload: string }[];
    if (rows.length === 0) return fresh;
    const edits: FieldEdit[] = [];
    let status: ReviewStatus = 'unreviewed';
    const accounts = [...fresh.accountIds].sort((a, b) => a - b).join(',');
    for (const r of rows) {
      const p = JSON.parse(r.payload) as { status?: ReviewStatus; field?: EditableField; value?: unknown; machine?: unknown; reason: string; accounts?: number[] };
      const sameAccounts = [...(p.accounts ?? [])].sort((a, b) => a - b).join(',') === accounts;
      if (r.kind === EDIT && p.field) {
        edits.push({ field: p.field, value: p.value, machine: fresh[p.field], reason: p.reason, by: r.actor, at: r.at, seq: r.seq });
        status = sameAccounts ? 'edited' : 'unreviewed';
      } else if (r.kind === REVIEW && p.status) status = sameAccounts ? p.status : 'unreviewed';
    }
    const latest = [...new Map(edits.map((e) => [e.field, e])).values()];
    return { ...applyEdits(fresh, latest), reviewStatus: status };
  }

  /** The incident as linking made it: each corrected field back to the machine's own value, evidence and all. */
  private machineIncident(i: Incident): Incident {
    let out: Incident = { ...i, edits: undefined };
    for (const e of i.edits ?? []) out = { ...out, [e.field]: e.machine };
    return out;
  }

  /** Throws VersionConflict for the first incident whose version is not the one the person saw. */
  private checkVersions(versions: Versions | undefined): void {
    for (const [id, seen] of Object.entries(versions ?? {})) {
      const now = this.sql('SELECT updated_at FROM incidents WHERE id = ?', true).get(id) as string | undefined;
      if (now !== seen) throw new VersionConflict(id, now ?? 'gone');
    }
  }

  async mergeIncidents(ids: readonly string[], actor: string, reason: string, linker: Linker, versions?: Versions): Promise<Incident> {
    return this.db.transaction(() => {
      this.checkVersions(versions);
      const accounts = [...new Set(ids.flatMap((id) => this.accountsOf(id)))].sort((a, b) => a - b);
      this.appendEventSync({ actor, kind: MERGE, target: ids[0]!, payload: { incidents: [...ids], accounts, reason } });
      const incidents = this.relinkAround(this.inputsByIds(accounts), linker);
      return incidents.find((i) => i.accountIds.includes(accounts[0]!))!;
    })();
  }

  async splitIncident(id: string, accountIds: readonly number[], actor: string, reason: string, linker: Linker, versions?: Versions): Promise<readonly Incident[]> {
    return this.db.transaction(() => {
      this.checkVersions(versions);
      const all = this.accountsOf(id);
      const moved = [...new Set(accountIds)].sort((a, b) => a - b);
      const strangers = moved.filter((a) => !all.includes(a));
      if (strangers.length > 0) throw new InvalidRequest(`account${strangers.length > 1 ? 's' : ''} ${strangers.join(', ')} ${strangers.length > 1 ? 'are' : 'is'} not in incident ${id}`);
      const rest = all.filter((a) => !moved.includes(a));
      if (moved.length === 0 || rest.length === 0) throw new InvalidRequest(`a split must leave accounts on both sides (incident ${id} has ${all.length})`);
      this.appendEventSync({ actor, kind: SPLIT, target: id, payload: { incident: id, accounts: moved, rest, reason } });
      const incidents = this.relinkAround(this.inputsByIds(all), linker);
      return [rest, moved].map((side) => incidents.find((i) => i.accountIds.includes(side[0]!))!);
    })();
  }

  async reviewIncident(id: string, change: ReviewChange, actor: string, version: string): Promise<IncidentRow | null> {
    return this.db.transaction(() => {
      const row = this.sql('SELECT rowid, doc, updated_at, refs FROM incidents WHERE id = ?').get(id) as
        | { rowid: number; doc: string; updated_at: string; refs: string }
        | undefined;
      if (!row) return null;
      if (row.updated_at !== version) throw new VersionConflict(id, row.updated_at);
      const before = JSON.parse(row.doc) as Incident;
      const payload =
        change.kind === 'status'
          ? { status: change.status, reason: change.reason, accounts: before.accountIds }
          : { field: change.field, value: change.value, machine: fieldValue(before, change.field), reason: change.reason, accounts: before.accountIds };
      this.appendEventSync({ actor, kind: change.kind === 'status' ? REVIEW : EDIT, target: id, payload });
      // Corrections are laid over the machine's own values, which the incident keeps beside each correction.
      const after = this.withReview(this.machineIncident(before));
      // A review changes no report: the incident's sources and titles stay as they are.
      const stamp = this.stamp();
      this.stmt.updateIncident.run(...incidentValues(after, stamp, row.refs), row.rowid);
      this.stmt.putSummary.run(row.rowid, summaryJson(after, stamp, row.refs));
      // A corrected date moves the incident in the search index's order.
      this.reindex(row.rowid, before, after, true);
      return this.rowById(row.rowid);
    })();
  }

  private rowById(rowid: number): IncidentRow {
    return this.rowsAt([{ rowid }])[0]!;
  }

  async incidentOfAccount(accountId: number): Promise<string | null> {
    const row = this.stmt.incidentRowOfAccount.get(accountId) as number | undefined;
    if (row === undefined) return null;
    return (this.stmt.incidentIdOfRow.get(row) as string) ?? null;
  }

  async saveMessages(messages: readonly Message[], batchId: number | null): Promise<void> {
    this.db.transaction(() => {
      for (const m of messages) this.insertMessage(m, batchId, null);
    })();
  }

  async startBatch(command: string, inputs: readonly string[]): Promise<number> {
    return Number(
      this.sql('INSERT INTO batches (command, inputs, started_at) VALUES (?, ?, ?)').run(command, JSON.stringify(inputs), new Date().toISOString())
        .lastInsertRowid,
    );
  }

  async finishBatch(batchId: number, summary: Readonly<Record<string, unknown>>): Promise<void> {
    this.sql('UPDATE batches SET finished_at = ?, summary = ? WHERE id = ?').run(new Date().toISOString(), JSON.stringify(summary), batchId);
  }

  /** The WHERE conditions (on `incidents i`) and their parameters for a filter. */
  private whereOf(filter: IncidentFilter): { where: string[]; params: unknown[] } {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.from) {
      where.push('coalesce(i.date_end, i.date_start) >= ?');
      params.push(filter.from);
    }
    if (filter.to) {
      where.push('i.date_start <= ?');
      params.push(filter.to);
    }
    if (filter.country) {
      where.push('i.country = ?');
      params.push(filter.country.toUpperCase());
    }
    if (filter.admin1) {
      where.push('i.admin1 = ? COLLATE NOCASE');
      params.push(filter.admin1);
    }
    if (filter.type) {
      where.push('i.event_type = ?');
      params.push(filter.type);
    }
    if (filter.grade) {
      where.push('i.grade = ?');
      params.push(filter.grade);
    }
    const fts = filter.search ? ftsQuery(filter.search) : null;
    if (fts) {
      where.push(`i.rowid IN (SELECT rowid % ${SEARCH_SHIFT} FROM incidents_fts WHERE incidents_fts MATCH ?)`);
      params.push(fts);
    }
    if (filter.review) {
      where.push('i.review_status = ?');
      params.push(filter.review);
    }
    if (filter.perpetrator) {
      where.push(`EXISTS (SELECT 1 FROM json_each(i.doc, '$.perpetrators') p WHERE json_extract(p.value, '$.actor') = ?)`);
      params.push(filter.perpetrator);
    }
    if (filter.bbox) {
      const box = boxClause({ ...filter, bbox: filter.bbox });
      where.push(`i.rowid IN (SELECT id FROM incidents_where WHERE ${box.where.join(' AND ')})`);
      params.push(...box.params);
    }
    if (filter.after) {
      const [key, rowid] = cursorOf(filter.after);
      where.push(`(${SORT_KEY}, i.rowid) > (?, ?)`);
      params.push(key, rowid);
    }
    return { where, params };
  }

  /**
   * The rows a filter selects, in order: rowids and sort keys only, so ordering and limiting read no
   * documents; `rowsAt` then reads the page's incidents one by one.
   */
  private incidentQuery(filter: IncidentFilter): { sql: string; params: unknown[] } {
    const { where, params } = this.whereOf(filter);
    let sql = `SELECT i.rowid AS rowid, ${SORT_KEY} AS sort_key FROM incidents i ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY ${filter.order === 'review' ? REVIEW_ORDER : `${SORT_KEY}, i.rowid`}`;
    if (filter.limit) {
      sql += ' LIMIT ?';
      params.push(filter.limit);
    }
    return { sql, params };
  }

  /** The source and title of each of an incident's reports, as the `refs` column keeps them. */
  private refsOf(inc: Incident): string {
    const one = this.sql('SELECT source, title FROM reports WHERE id = ?');
    return JSON.stringify(
      inc.reportIds.map((id) => {
        const r = one.get(id) as { source: string | null; title: string | null } | undefined;
        return [r?.source ?? null, r?.title ?? null];
      }),
    );
  }

  private rowsAt(keys: readonly { rowid: number }[]): IncidentRow[] {
    const one = this.sql('SELECT doc, updated_at AS version, refs FROM incidents WHERE rowid = ?');
    return keys.map((k) => rowOf(one.get(k.rowid) as IncidentSql));
  }

  async listIncidents(filter: IncidentFilter): Promise<readonly IncidentRow[]> {
    return this.rowsAt(this.keysOf(filter));
  }

  async mapView(filter: IncidentFilter, zoom: number): Promise<MapView> {
    // Cells of about a sixth of a 256-pixel tile at this zoom: clusters a few dozen pixels apart.
    const cell = 360 / 2 ** Math.max(0, Math.min(22, zoom)) / 6;
    const { where, params } = this.whereOf(filter);
    const cond = (extra: string, w: string[]) => `WHERE ${[...w, extra].join(' AND ')}`;
    const points = this.sql(
        `SELECT count(*) AS count, sum(coalesce(i.killed_best, 0)) AS killed, avg(i.lat) AS lat, avg(i.lon) AS lon,
                CASE WHEN count(*) = 1 THEN min(i.id) END AS id,
                CASE WHEN min(i.event_type) = max(i.event_type) THEN min(i.event_type) END AS type
           FROM incidents i ${cond("i.lat IS NOT NULL AND coalesce(i.precision, '') NOT IN ('admin1', 'country')", where)}
          GROUP BY CAST((i.lon + 180) / ? AS INTEGER), CAST((i.lat + 90) / ? AS INTEGER)`,
      ).all(...params, cell, cell) as MapView['points'][number][];
    // Areas are few and drawn whole: the box does not cut them.
    const unboxed = this.whereOf({ ...filter, bbox: null, after: null });
    const areas = this.sql(
        `SELECT i.precision AS level, CASE WHEN i.precision = 'country' THEN i.country ELSE replace(coalesce(i.place_ref, ''), 'admin1:', '') END AS ref,
                i.country AS country, max(coalesce(i.admin1, i.place_name)) AS name, count(*) AS count, sum(coalesce(i.killed_best, 0)) AS killed
           FROM incidents i ${cond("i.precision IN ('admin1', 'country')", unboxed.where)}
          GROUP BY level, ref`,
      ).all(...unboxed.params) as MapView['areas'][number][];
    const unplaced = this.sql(`SELECT count(*) FROM incidents i ${cond('i.precision IS NULL', unboxed.where)}`, true).get(...unboxed.params) as number;
    return { points, areas, unplaced };
  }

  async timeline(filter: IncidentFilter, bucket: 'day' | 'week' | 'month'): Promise<Timeline> {
    const { where, params } = this.whereOf({ ...filter, after: null });
    const key = bucket === 'day' ? 'i.date_start' : bucket === 'week' ? "date(i.date_start, '-6 days', 'weekday 1')" : "substr(i.date_start, 1, 7) || '-01'";
    // Only incidents dated at least as finely as the bucket are drawn; the others are counted apart.
    const fine = bucket === 'day' ? "('day')" : bucket === 'week' ? "('day', 'week')" : "('day', 'week', 'month')";
    const precision = 'i.date_precision';
    const rows = this.sql(
        `SELECT ${key} AS bucket, count(*) AS incidents, sum(coalesce(i.killed_best, 0)) AS killed FROM incidents i
          WHERE ${[...where, 'i.date_start IS NOT NULL', `${precision} IN ${fine}`].join(' AND ')} GROUP BY bucket ORDER BY bucket`,
      ).all(...params) as Timeline['buckets'][number][];
    const coarser = this.sql(`SELECT count(*) FROM incidents i WHERE ${[...where, `(i.date_start IS NULL OR ${precision} NOT IN ${fine})`].join(' AND ')}`, true).get(
      ...params,
    ) as number;
    return { bucket, buckets: rows, undrawn: coarser };
  }

  /** The rows of one page of a filter, and the cursor to the next page when there is one. */
  private pageKeys(filter: IncidentFilter): { page: PageKey[]; next: string | null } {
    const limit = filter.limit ?? 100;
    // One more than asked tells whether a next page exists.
    const rows = this.boxPage(filter, limit + 1) ?? this.keysOf({ ...filter, limit: limit + 1 });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return { page, next: rows.length > limit && last && filter.order !== 'review' ? cursorFor(last.sort_key, last.rowid) : null };
  }

  async pageIncidents(filter: IncidentFilter): Promise<IncidentPage> {
    const { page, next } = this.pageKeys(filter);
    return { rows: this.rowsAt(page), next };
  }

  async pageSummaries(filter: IncidentFilter): Promise<SummaryPage> {
    const { page, next } = this.pageKeys(filter);
    // The page's summaries in one statement, then put in the page's order. A box page knows where they lie (side
    // by side, by place and day); other pages look them up by rowid.
    const keys = page.map((k) => k.summary);
    const keyed = keys.every((k) => k !== undefined);
    const kept = new Map(
      (keyed
        ? this.sql('SELECT s.id, s.json FROM json_each(?) j JOIN incident_summaries s ON s.cell = j.value ->> 0 AND s.day = j.value ->> 1 AND s.id = j.value ->> 2')
        : this.sql('SELECT id, json FROM incident_summaries WHERE id IN (SELECT value FROM json_each(?))')
      )
        .raw(true)
        .all(JSON.stringify(keyed ? keys : page.map((k) => k.rowid))) as [number, string][],
    );
    // A summary not yet written (a fill cut short by a stopped process) is made from the record.
    const made = (rowid: number) => {
      const r = this.rowById(rowid);
      return JSON.stringify(summaryOf(r.incident, r.version, r.sources, r.titles));
    };
    return { summaries: page.map((k) => kept.get(k.rowid) ?? made(k.rowid)), next };
  }

  private keysOf(filter: IncidentFilter): { rowid: number; sort_key: string }[] {
    const found = this.searchPage(filter);
    if (found) return found;
    const { sql, params } = this.incidentQuery(filter);
    return this.sql(sql).all(...params) as { rowid: number; sort_key: string }[];
  }

  /**
   * Incidents that match a search, in list order, read from `incidents_fts` in its own rowid order (which is
   * the list's) and stopped at the limit; the other filters are checked on each match. Null for the review
   * order, which the index does not keep.
   */
  private searchPage(filter: IncidentFilter): { rowid: number; sort_key: string }[] | null {
    const fts = filter.search ? ftsQuery(filter.search) : null;
    if (!fts || filter.order === 'review') return null;
    const { where, params } = this.whereOf({ ...filter, search: null, after: null });
    where.unshift('incidents_fts MATCH ?');
    params.unshift(fts);
    if (filter.after) {
      const [key, rowid] = cursorOf(filter.after);
      where.push('f.rowid > ?');
      params.push(searchKey(key === '~' ? null : key, rowid));
    }
    const limit = filter.limit ? ' LIMIT ?' : '';
    if (filter.limit) params.push(filter.limit);
    return this.sql(
      `SELECT i.rowid AS rowid, ${SORT_KEY} AS sort_key FROM incidents_fts f CROSS JOIN incidents i ON i.rowid = f.rowid % ${SEARCH_SHIFT}
        WHERE ${where.join(' AND ')} ORDER BY f.rowid${limit}`,
    ).all(...params) as { rowid: number; sort_key: string }[];
  }

  /**
   * A page filtered by a box (and dates) only, the map's list: read from the R*Tree alone, which holds each
   * incident's place and days, in the list's order (by start day, undated last, then row). Null when the
   * filter asks for more than the R*Tree knows.
   */
  private boxPage(filter: IncidentFilter, limit: number): PageKey[] | null {
    const asked = Object.entries(filter).filter(([k, v]) => v !== null && v !== undefined && v !== '' && k !== 'limit');
    if (!filter.bbox || filter.order === 'review' || asked.some(([k]) => !['bbox', 'from', 'to', 'after'].includes(k))) return null;
    const bbox = filter.bbox;
    const rows = filter.from && filter.to ? this.boxPageByDays(filter, bbox, dayNumber(filter.from), dayNumber(filter.to), limit) : this.boxPageSorted({ ...filter, bbox }, limit);
    return rows.map((r) => ({ rowid: r.rowid, sort_key: r.min_day < UNDATED_BELOW ? '~' : new Date(r.min_day * 86_400_000).toISOString().slice(0, 10), summary: summaryKey(r) }));
  }

  /** A box page as one R*Tree query whose matches SQLite sorts: for a box without both dates. */
  private boxPageSorted(filter: IncidentFilter & { bbox: readonly [number, number, number, number] }, limit: number): BoxRow[] {
    const { where, params } = boxClause(filter);
    if (filter.after) {
      const [key, rowid] = cursorOf(filter.after);
      // Undated rows come last, as '~' sorts after every date.
      if (key === '~') where.push(`min_day < ${UNDATED_BELOW} AND id > ?`);
      else where.push(`(min_day < ${UNDATED_BELOW} OR min_day > ? OR (min_day = ? AND id > ?))`);
      params.push(...(key === '~' ? [rowid] : [dayNumber(key), dayNumber(key), rowid]));
    }
    return this.sql(
      `SELECT id AS rowid, min_day, min_lat, min_lon FROM incidents_where WHERE ${where.join(' AND ')} ORDER BY min_day < ${UNDATED_BELOW}, min_day, id LIMIT ?`,
    ).all(...params, limit) as BoxRow[];
  }

  /**
   * A box page between two dates, read a span of days at a time: first the incidents that began before
   * `from` and go on into it, then start days from `from` in spans that double (16 days, 32, ...) until the
   * page is full. Each query sorts only its span's matches instead of every match in the range (measured on
   * a million incidents, a 1-degree box over 3 months: 0.9 → 0.5 ms a page).
   */
  private boxPageByDays(filter: IncidentFilter, bbox: readonly [number, number, number, number], from: number, to: number, limit: number): BoxRow[] {
    const place = placeClause(bbox);
    let resume: { day: number; rowid: number } | null = null;
    if (filter.after) {
      const [key, rowid] = cursorOf(filter.after);
      // Undated incidents are outside any date range: after the last dated one there is nothing.
      if (key === '~') return [];
      resume = { day: dayNumber(key), rowid };
    }
    const out: BoxRow[] = [];
    const take = (days: string[], dayParams: number[]) => {
      const where = [...place.where, ...days];
      const params: unknown[] = [...place.params, ...dayParams];
      if (resume) {
        where.push('(min_day > ? OR (min_day = ? AND id > ?))');
        params.push(resume.day, resume.day, resume.rowid);
      }
      const rows = this.sql(`SELECT id AS rowid, min_day, min_lat, min_lon FROM incidents_where WHERE ${where.join(' AND ')} ORDER BY min_day, id LIMIT ?`).all(
        ...params,
        limit - out.length,
      ) as BoxRow[];
      out.push(...rows);
    };
    if (!resume || resume.day < from) take([`min_day > ${UNDATED_BELOW}`, 'min_day < ?', 'max_day >= ?'], [from, from]);
    let start = Math.max(from, resume?.day ?? from);
    for (let span = 16; out.length < limit && start <= to; span *= 2) {
      const end = Math.min(to + 1, start + span);
      take(['min_day >= ?', 'min_day < ?'], [start, end]);
      start = end;
    }
    return out;
  }

  async *iterateIncidents(filter: IncidentFilter): AsyncIterable<IncidentRow> {
    // Pages by cursor rather than one open statement: between pages the connection is free for others (a
    // server streams an export while people keep working), and memory holds one page.
    let left = filter.limit ?? Infinity;
    let after = filter.after ?? null;
    while (left > 0) {
      const page = await this.pageIncidents({ ...filter, after, limit: Math.min(500, left) });
      for (const row of page.rows) yield row;
      left -= page.rows.length;
      if (!page.next) return;
      after = page.next;
    }
  }

  async getIncident(id: string): Promise<IncidentDetail | null> {
    const row = this.sql('SELECT rowid FROM incidents WHERE id = ?', true).get(id) as number | undefined;
    if (row === undefined) return null;
    const [listed] = this.rowsAt([{ rowid: row }]);
    const accounts = this.sql(
        `SELECT a.id AS accountId, r.id AS reportId, r.title, r.source, r.url, r.published_at AS publishedAt, a.doc
           FROM incident_accounts ia JOIN accounts a ON a.id = ia.account_id JOIN reports r ON r.rowid = a.report_rowid
          WHERE ia.incident_rowid = ? ORDER BY r.published_at, a.id`,
      ).all(row) as (Omit<AccountView, 'account'> & { doc: string })[];
    return {
      ...listed!,
      accounts: accounts.map(({ doc, ...rest }) => ({ ...rest, account: JSON.parse(doc) as Account })),
    };
  }

  async getReport(id: string): Promise<StoredReport | null> {
    const r = this.sql(
        `SELECT r.rowid, r.id, r.raw_sha256, r.title, r.source, r.url, r.language, r.text, r.doc,
                w.format, w.origin_kind, w.origin_location, w.origin_line, w.received_at, w.bytes
           FROM reports r JOIN raw_reports w ON w.sha256 = r.raw_sha256 WHERE r.id = ?`,
      ).get(id) as Record<string, unknown> | undefined;
    if (!r) return null;
    const doc = JSON.parse(r.doc as string) as Pick<Report, 'publishedAt' | 'removed' | 'metadata'>;
    const messages = (
      this.sql('SELECT severity, rule, text, source, line, span_start, span_end FROM messages WHERE report_rowid = ? ORDER BY id').all(r.rowid) as Record<
        string,
        unknown
      >[]
    ).map(
      (m): Message => ({
        severity: m.severity as Message['severity'],
        rule: m.rule as string,
        text: m.text as string,
        source: m.source as string | null,
        line: m.line as number | null,
        span: m.span_start === null ? null : { start: m.span_start as number, end: m.span_end as number },
      }),
    );
    return {
      report: {
        id: r.id as string,
        rawSha256: r.raw_sha256 as string,
        title: r.title as string | null,
        source: r.source as string | null,
        url: r.url as string | null,
        language: r.language as string | null,
        text: r.text as string,
        ...doc,
        messages,
      },
      raw: {
        sha256: r.raw_sha256 as string,
        format: r.format as string,
        origin: { kind: r.origin_kind as 'file', location: r.origin_location as string, line: r.origin_line as number | null },
        receivedAt: r.received_at as string,
        bytes: r.bytes as Uint8Array,
      },
    };
  }

  async appendEvent(event: LogEvent): Promise<StoredEvent> {
    return this.appendEventSync(event);
  }

  private appendEventSync(event: LogEvent): StoredEvent {
    const at = new Date().toISOString();
    const seq = Number(
      this.sql('INSERT INTO events (at, actor, kind, target, payload) VALUES (?, ?, ?, ?, ?)').run(at, event.actor, event.kind, event.target, JSON.stringify(event.payload))
        .lastInsertRowid,
    );
    return { ...event, seq, at };
  }

  async events(target?: string): Promise<readonly StoredEvent[]> {
    const rows = (
      target === undefined
        ? this.sql('SELECT * FROM events ORDER BY seq').all()
        : // Done to this id, or to any of its accounts under another id (before a merge, on the other side of a split).
          this.sql(
            `SELECT * FROM events WHERE target = ? OR seq IN (SELECT ea.seq FROM event_accounts ea WHERE ea.account_id IN
               (SELECT ia.account_id FROM incident_accounts ia JOIN incidents i ON i.rowid = ia.incident_rowid WHERE i.id = ?)) ORDER BY seq`,
          ).all(target, target)
    ) as { seq: number; at: string; actor: string; kind: string; target: string | null; payload: string }[];
    return rows.map((r) => ({ ...r, payload: JSON.parse(r.payload) as Record<string, unknown> }));
  }

  async generation(): Promise<string> {
    return String(this.sql('SELECT n FROM record_version', true).get());
  }

  async counts(): Promise<StoreCounts> {
    const n = (table: string) => (this.sql(`SELECT count(*) FROM ${table}`, true).get() as number) ?? 0;
    return {
      rawReports: n('raw_reports'),
      reports: n('reports'),
      accounts: n('accounts'),
      incidents: n('incidents'),
      messages: n('messages'),
      events: n('events'),
    };
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
