// The values every stage shares. Plain, readonly, JSON-serialisable; this module imports nothing.

/** UTF-16 offsets into `Report.text`, as JavaScript indexes strings. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A span with the words it covers: `text.slice(start, end) === quote`. */
export interface Evidence extends Span {
  readonly quote: string;
}

/** `stated`: the words say it; `implied`: derived (a weekday resolved against the publication date). */
export type Certainty = 'stated' | 'implied';

/** What every extracted value carries: how sure, which words, which rule found it. */
export interface Provenance {
  readonly certainty: Certainty;
  readonly evidence: readonly Evidence[];
  /** The id of the parser or refiner that produced it, e.g. `date:relative-weekday`. */
  readonly rule: string;
}

/** A generic finding: one value and where it came from. */
export interface Finding<T> extends Provenance {
  readonly value: T;
}

export type Severity = 'error' | 'warning' | 'info';

/** A problem with one input, never thrown past its report (after vfile-message). */
export interface Message {
  readonly severity: Severity;
  /** Stable id of the check that raised it, e.g. `ingest:invalid-utf8`. */
  readonly rule: string;
  readonly text: string;
  /** File path, URL or `-` for stdin. */
  readonly source: string | null;
  /** 1-based line in that source, when known. */
  readonly line: number | null;
  /** Span in the cleaned text, when the problem is inside a report. */
  readonly span: Span | null;
}

export type InputFormat = 'text' | 'html' | 'jsonl' | 'csv' | 'feed';

/** Where a raw report came from. */
export interface Origin {
  readonly kind: 'file' | 'url' | 'stdin' | 'api';
  /** File path, URL, `-`, or for the API the route and the name the client gave. */
  readonly location: string;
  /** 1-based line (JSONL, CSV) or item number (feeds) inside it; null for a whole file. */
  readonly line: number | null;
}

/** Fields a structured record (JSONL, CSV, feed item, HTML metadata) states about itself. */
export interface RecordFields {
  readonly id: string | null;
  readonly title: string | null;
  readonly source: string | null;
  readonly url: string | null;
  readonly publishedAt: string | null;
  /** Plain text body, when the record has one. */
  readonly text: string | null;
  /** HTML body (an HTML file, or a feed item's content), cleaned by main-text extraction. */
  readonly html: string | null;
}

/** One report as received: its bytes exactly, their hash, and where and when they arrived. */
export interface RawReport {
  readonly format: InputFormat;
  readonly origin: Origin;
  readonly bytes: Uint8Array;
  /** Lowercase hex sha256 of `bytes`. */
  readonly sha256: string;
  /** ISO 8601 time the bytes were read. */
  readonly receivedAt: string;
  readonly fields: RecordFields;
  /** Columns and keys the record had beyond `fields`, kept as they were. */
  readonly metadata: Readonly<Record<string, unknown>>;
  readonly messages: readonly Message[];
}

/** What cleaning removed from a text, for audit. */
export interface Removal {
  readonly rule: string;
  readonly text: string;
}

/** A publication date and where it came from (metadata, or the dateline in the text). */
export interface PublishedAt extends Provenance {
  /** `YYYY-MM-DD`. */
  readonly value: string;
}

/** A cleaned report: one `text`, which every later offset points into. */
export interface Report {
  /** The input's id, else the sha256 of `text`. */
  readonly id: string;
  readonly rawSha256: string;
  readonly title: string | null;
  readonly source: string | null;
  readonly url: string | null;
  readonly publishedAt: PublishedAt | null;
  /** ISO 639-1 code (`en`, `ar`), or null when undetermined. */
  readonly language: string | null;
  readonly text: string;
  readonly removed: readonly Removal[];
  readonly metadata: Readonly<Record<string, unknown>>;
  readonly messages: readonly Message[];
}

export const EVENT_TYPES = [
  'air_strike',
  'drone_strike',
  'shelling',
  'remote_explosive',
  'suicide_bomb',
  'chemical_weapon',
  'armed_clash',
  'attack',
  'execution',
  'abduction',
  'sexual_violence',
  'other',
] as const;
/** ACLED-aligned event types. */
export type EventType = (typeof EVENT_TYPES)[number];

export type DatePrecision = 'day' | 'week' | 'month' | 'year';

export interface DateFinding extends Provenance {
  /** `YYYY-MM-DD`, or null when the words could not be resolved (no publication date). */
  readonly start: string | null;
  readonly end: string | null;
  readonly precision: DatePrecision;
}

export type PlacePrecision = 'point' | 'neighbourhood' | 'town' | 'district' | 'admin1' | 'country';

export interface PlaceFinding extends Provenance {
  readonly name: string;
  readonly admin1: string | null;
  /** ISO 3166-1 alpha-2. */
  readonly country: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly precision: PlacePrecision;
  readonly gazetteerId: string | null;
}

/** A count as a range: `high` null when open ("at least 17" → {17, null}). */
export interface RangeFinding extends Provenance {
  readonly low: number;
  readonly high: number | null;
}

/** Another toll of the whole that a report gives for an incident beside the one taken, and who gives it. */
export interface TollClaim extends RangeFinding {
  /** The source the words give for this figure ("the country's ruling sovereign council"), when they give one. */
  readonly by: string | null;
}

export interface VictimCounts {
  readonly total: RangeFinding | null;
  readonly civilians: RangeFinding | null;
  readonly children: RangeFinding | null;
  readonly women: RangeFinding | null;
  readonly combatants: RangeFinding | null;
}

export type Attribution = 'claimed' | 'alleged' | 'suspected' | 'confirmed';

export interface Perpetrator extends Provenance {
  /** The words used, or the registry's name for a known actor. */
  readonly name: string;
  /** Canonical actor id from the registry; null for an unnamed one ("gunmen"). */
  readonly actor: string | null;
  readonly attribution: Attribution;
  /** Who attributes it, when the text says. */
  readonly by: string | null;
  /** The actor denies it ("Russia denied its jets were involved"), with the words as evidence. */
  readonly denial?: readonly Evidence[];
}

/** A labelled value (weapon, target, event type claim) with its provenance. */
export interface LabelFinding<T extends string = string> extends Provenance {
  readonly value: T;
}

/** One incident as one report tells it: the extract contract. */
export interface Account {
  /** The report's headline event. */
  readonly primary: boolean;
  readonly date: DateFinding | null;
  readonly place: PlaceFinding | null;
  /** The event type best supported; the competing claims are in `eventTypeClaims`. */
  readonly eventType: EventType | null;
  readonly eventTypeClaims: readonly LabelFinding<EventType>[];
  readonly weapons: readonly LabelFinding[];
  readonly perpetrators: readonly Perpetrator[];
  readonly killed: VictimCounts;
  readonly injured: VictimCounts;
  readonly targets: readonly LabelFinding[];
  /** The sentences that tell this incident. */
  readonly evidence: readonly Evidence[];
  /** Words in the report saying it did not happen as told ("fabricated", "denied the attack took place"). */
  readonly disputed?: readonly Evidence[];
  /** Tolls of the dead other sources in the report give beside `killed.total`: conflicting claims, side by side. */
  readonly otherTolls?: readonly TollClaim[];
}

/** One line of `corroborate extract`: a report and the incidents it tells. */
export interface Extraction {
  readonly id: string;
  readonly title: string | null;
  readonly source: string | null;
  readonly url: string | null;
  readonly publishedAt: string | null;
  readonly language: string | null;
  readonly incidents: readonly Account[];
  readonly messages: readonly Message[];
}

export type Grade = 'single-source' | 'corroborated' | 'contested' | 'confirmed';
export type ReviewStatus = 'unreviewed' | 'accepted' | 'rejected' | 'edited';

/** {low, best, high} across sources, after UCDP GED. */
export interface Estimate {
  readonly low: number;
  readonly best: number;
  readonly high: number | null;
}

/** One source's figure for a count, kept beside the reconciled estimate. */
export interface SourceFigure {
  readonly reportId: string;
  readonly source: string | null;
  readonly publishedAt: string | null;
  readonly low: number;
  readonly high: number | null;
  readonly certainty: Certainty;
  /** For another source's toll the report gives beside its own (`otherTolls`): who gives it, when said. */
  readonly by?: string | null;
}

/** The fields sources can disagree on. */
export type ConflictField = 'date' | 'place' | 'eventType' | 'perpetrator' | 'weapon' | 'killed' | 'injured' | 'occurred';

/** Sources that disagree on a field: each value with the reports that give it. */
export interface Conflict {
  readonly field: ConflictField;
  readonly values: readonly { readonly value: string; readonly reportIds: readonly string[] }[];
}

/** An event as the record holds it: its accounts, reconciled. */
export interface Incident {
  readonly id: string;
  readonly accountIds: readonly number[];
  readonly reportIds: readonly string[];
  readonly date: DateFinding | null;
  readonly place: PlaceFinding | null;
  readonly eventType: EventType | null;
  readonly perpetrators: readonly Perpetrator[];
  readonly killed: Estimate | null;
  readonly injured: Estimate | null;
  readonly grade: Grade;
  readonly reviewStatus: ReviewStatus;
  /** Independent sources: reports, with wire copies of one text counted once. */
  readonly sourceCount?: number;
  /** 0–1: how far the record can be trusted, from independent sources, agreement and evidence. */
  readonly confidence?: number;
  /** For each reconciled field, the reports whose accounts agree with the value chosen. */
  readonly support?: Readonly<Partial<Record<'date' | 'place' | 'eventType' | 'perpetrators', readonly string[]>>>;
  readonly conflicts?: readonly Conflict[];
  readonly weapons?: readonly string[];
  readonly targets?: readonly string[];
  /** Every source's own figure for the killed and injured totals. */
  readonly killedBySource?: readonly SourceFigure[];
  readonly injuredBySource?: readonly SourceFigure[];
  /** Groups of reports counted as one source: one text republished (wire copies), or one outlet. */
  readonly sameSource?: readonly (readonly string[])[];
  /** Why the grade is what it is, in a sentence. */
  readonly gradeReason?: string;
  /** Values people set by hand, each with who, when and why; the reconciled fields above already hold them. */
  readonly edits?: readonly FieldEdit[];
}

/** The reconciled fields a person may correct. */
export const EDITABLE_FIELDS = ['eventType', 'date', 'place', 'killed', 'injured'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/** A correction: the value a person set, the machine's value beside it, and the log entry that holds it. */
export interface FieldEdit {
  readonly field: EditableField;
  readonly value: unknown;
  /** The machine's own value of the field as linking last made it (a finding with its evidence, or null). */
  readonly machine: unknown;
  readonly reason: string;
  readonly by: string;
  readonly at: string;
  /** The event log's sequence number of the edit. */
  readonly seq: number;
}
