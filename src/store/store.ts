// The one storage interface. SQLite is the default; PostgreSQL joins it behind the same methods.
import type { Account, EventType, Grade, Incident, Message, RawReport, Report, ReviewStatus } from '../core/types.js';
import type { LinkConfig } from '../link/config.js';
import type { ParentOf } from '../link/features.js';
import type { ReviewChange } from './review.js';

/** A report ready to store: as received, as cleaned, and what extraction found in it. */
export interface ReportBundle {
  readonly raw: RawReport;
  readonly report: Report;
  readonly accounts: readonly Account[];
  /** MinHash signature of the text (`textFingerprint`), for telling wire copies; null when not worked out. */
  readonly fingerprint?: string | null;
}

/** How a store links accounts into incidents: the rules, and the actor registry's parents. */
export interface Linker {
  readonly config: LinkConfig;
  readonly parentOf: ParentOf;
}

/** A request the store refuses as asked (a cursor it never gave, a split that empties a side): the caller's to fix. */
export class InvalidRequest extends Error {}

/** The versions a person saw, by incident id: a merge or split of anything changed since is a conflict. */
export type Versions = Readonly<Record<string, string>>;

/** What saving one bundle did. */
export type SaveOutcome =
  | { readonly kind: 'stored'; readonly reportId: string; readonly accountIds: readonly number[] }
  | { readonly kind: 'duplicate'; readonly reportId: string };

export interface IncidentFilter {
  /** `YYYY-MM-DD`: incidents ending on or after it. */
  readonly from?: string | null;
  /** `YYYY-MM-DD`: incidents starting on or before it. */
  readonly to?: string | null;
  readonly country?: string | null;
  readonly admin1?: string | null;
  readonly type?: EventType | null;
  readonly grade?: Grade | null;
  /** Full-text search over the text of the incident's reports (FTS5 syntax, diacritics folded). */
  readonly search?: string | null;
  readonly review?: ReviewStatus | null;
  /** An actor id from the registry: incidents a source blames on it. */
  readonly perpetrator?: string | null;
  /** [west, south, east, north] in degrees: incidents placed inside. */
  readonly bbox?: readonly [number, number, number, number] | null;
  /** By start date (the default; pages by cursor), or for review: contested, single-source, least confident first. */
  readonly order?: 'date' | 'review';
  /** Where the previous page ended (`IncidentPage.next`). */
  readonly after?: string | null;
  readonly limit?: number | null;
}

/** An incident as listed: its reconciled values and how many reports tell it. */
export interface IncidentRow {
  readonly incident: Incident;
  /** Changes with every write to the incident: a review against an older version is a conflict. */
  readonly version: string;
  readonly sources: readonly string[];
  readonly titles: readonly string[];
}

/** One account of an incident with the report it comes from. */
export interface AccountView {
  readonly accountId: number;
  readonly reportId: string;
  readonly title: string | null;
  readonly source: string | null;
  readonly url: string | null;
  readonly publishedAt: string | null;
  readonly account: Account;
}

export interface IncidentDetail extends IncidentRow {
  readonly accounts: readonly AccountView[];
}

export interface StoredReport {
  readonly report: Report;
  readonly raw: { readonly sha256: string; readonly format: string; readonly origin: RawReport['origin']; readonly receivedAt: string; readonly bytes: Uint8Array };
}

/** One page of incidents and the cursor of the next (null on the last page). */
export interface IncidentPage {
  readonly rows: readonly IncidentRow[];
  readonly next: string | null;
}

/** A page of incidents as lists show them: each summary as the JSON text the store keeps. */
export interface SummaryPage {
  readonly summaries: readonly string[];
  readonly next: string | null;
}

/** Incidents for a map at one zoom: pins clustered on a grid, and the areas of those placed only by province or country. */
export interface MapView {
  readonly points: readonly {
    readonly count: number;
    readonly killed: number;
    readonly lat: number;
    readonly lon: number;
    /** The incident's id when the cluster holds one. */
    readonly id: string | null;
    /** The event type when every incident in the cluster has the same one. */
    readonly type: EventType | null;
  }[];
  readonly areas: readonly {
    readonly level: 'admin1' | 'country';
    /** A province's GeoNames admin-1 code (`SY.09`) or a country's ISO code. */
    readonly ref: string;
    readonly country: string | null;
    readonly name: string | null;
    readonly count: number;
    readonly killed: number;
  }[];
  /** Incidents the filter selects that have no place at all. */
  readonly unplaced: number;
}

/** Incidents and killed per day, week or month; `undrawn` counts those dated too coarsely for the bucket. */
export interface Timeline {
  readonly bucket: 'day' | 'week' | 'month';
  readonly buckets: readonly { readonly bucket: string; readonly incidents: number; readonly killed: number }[];
  readonly undrawn: number;
}

export type Role = 'viewer' | 'analyst' | 'admin';
export const ROLES: readonly Role[] = ['viewer', 'analyst', 'admin'];

export interface User {
  readonly id: number;
  readonly username: string;
  readonly role: Role;
  readonly createdAt: string;
  readonly disabledAt: string | null;
}

export interface ApiToken {
  readonly id: number;
  readonly userId: number;
  readonly name: string;
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

/** People, their login sessions and their API tokens. Secrets arrive here already hashed. */
export interface UserStore {
  countUsers(): Promise<number>;
  /** Null when the name is taken. */
  createUser(username: string, role: Role, passwordHash: string): Promise<User | null>;
  userByName(username: string): Promise<{ readonly user: User; readonly passwordHash: string } | null>;
  userById(id: number): Promise<User | null>;
  listUsers(): Promise<readonly User[]>;
  updateUser(id: number, change: { readonly role?: Role; readonly passwordHash?: string; readonly disabled?: boolean }): Promise<User | null>;
  createSession(userId: number, tokenHash: string, csrfToken: string, expiresAt: string): Promise<void>;
  /** A live session (not expired, its user not disabled). */
  session(tokenHash: string): Promise<{ readonly user: User; readonly csrfToken: string; readonly expiresAt: string } | null>;
  deleteSession(tokenHash: string): Promise<void>;
  createToken(userId: number, name: string, tokenHash: string): Promise<ApiToken>;
  /** A live token's user (not revoked, not disabled); marks the token used. */
  tokenUser(tokenHash: string): Promise<User | null>;
  listTokens(userId: number | null): Promise<readonly ApiToken[]>;
  revokeToken(id: number): Promise<ApiToken | null>;
}

export interface StoreCounts {
  readonly rawReports: number;
  readonly reports: number;
  readonly accounts: number;
  readonly incidents: number;
  readonly messages: number;
  readonly events: number;
}

/** One entry of the append-only log of what people (and commands) did. */
export interface LogEvent {
  readonly actor: string;
  readonly kind: string;
  readonly target: string | null;
  readonly payload: Readonly<Record<string, unknown>>;
}

export interface StoredEvent extends LogEvent {
  readonly seq: number;
  readonly at: string;
}

export interface Store {
  /** The raw hashes among `sha256s` that are already stored. */
  knownRaw(sha256s: readonly string[]): Promise<ReadonlySet<string>>;
  /**
   * Stores a batch in one transaction: raw bytes, cleaned reports, their accounts and messages, and the
   * incidents the linker made. A raw report already stored is a duplicate and changes nothing.
   */
  saveBatch(batchId: number | null, bundles: readonly ReportBundle[], linker: Linker): Promise<readonly SaveOutcome[]>;
  /** Relinks every account from scratch (after a change of rules); people's merges and splits are kept. */
  relinkAll(linker: Linker): Promise<{ readonly accounts: number; readonly incidents: number }>;
  /**
   * Merges incidents into one, recorded in the event log with who and why; relinking never undoes it.
   * Returns the incident that holds them all.
   */
  mergeIncidents(ids: readonly string[], actor: string, reason: string, linker: Linker, versions?: Versions): Promise<Incident>;
  /** Moves accounts out of an incident into one of their own, recorded like a merge. Returns both. */
  splitIncident(id: string, accountIds: readonly number[], actor: string, reason: string, linker: Linker, versions?: Versions): Promise<readonly Incident[]>;
  /**
   * Sets an incident's review status or corrects one of its fields, logged with who and why. Throws
   * VersionConflict when `version` is not the incident's current one; null when there is no such incident.
   */
  reviewIncident(id: string, change: ReviewChange, actor: string, version: string): Promise<IncidentRow | null>;
  /** The incident an account belongs to now. */
  incidentOfAccount(accountId: number): Promise<string | null>;
  /** Messages about inputs that gave no report (unreadable files, malformed lines). */
  saveMessages(messages: readonly Message[], batchId: number | null): Promise<void>;
  startBatch(command: string, inputs: readonly string[]): Promise<number>;
  finishBatch(batchId: number, summary: Readonly<Record<string, unknown>>): Promise<void>;
  listIncidents(filter: IncidentFilter): Promise<readonly IncidentRow[]>;
  /** A page of `listIncidents`, with the cursor that continues it. */
  pageIncidents(filter: IncidentFilter): Promise<IncidentPage>;
  /** The same page as `pageIncidents`, as list summaries (`summaryOf`) in JSON, read without the records. */
  pageSummaries(filter: IncidentFilter): Promise<SummaryPage>;
  /** The filtered incidents for a map at a zoom level (0 = the world in one 256-pixel tile). */
  mapView(filter: IncidentFilter, zoom: number): Promise<MapView>;
  timeline(filter: IncidentFilter, bucket: 'day' | 'week' | 'month'): Promise<Timeline>;
  /** Streams incidents in date order without holding them all in memory. */
  iterateIncidents(filter: IncidentFilter): AsyncIterable<IncidentRow>;
  getIncident(id: string): Promise<IncidentDetail | null>;
  getReport(id: string): Promise<StoredReport | null>;
  appendEvent(event: LogEvent): Promise<StoredEvent>;
  /** The log; with a target, what was done to that incident: under its id, or to any of its accounts under another id. */
  events(target?: string): Promise<readonly StoredEvent[]>;
  counts(): Promise<StoreCounts>;
  /** Changes whenever an incident is added, changed or removed, by this process or another: a key for caches. */
  generation(): Promise<string>;
  readonly users: UserStore;
  close(): Promise<void>;
}
