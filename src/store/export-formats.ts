// Stored incidents as JSONL, ACLED-style CSV, or GeoJSON, written row by row (never built in memory).
import type { EventType, PlacePrecision } from '../core/types.js';
import type { IncidentRow } from './store.js';

export const EXPORT_FORMATS = ['jsonl', 'csv', 'geojson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** ACLED's event type and sub-event type for ours. */
const ACLED: Readonly<Record<EventType, readonly [string, string]>> = {
  air_strike: ['Explosions/Remote violence', 'Air/drone strike'],
  drone_strike: ['Explosions/Remote violence', 'Air/drone strike'],
  shelling: ['Explosions/Remote violence', 'Shelling/artillery/missile attack'],
  remote_explosive: ['Explosions/Remote violence', 'Remote explosive/landmine/IED'],
  suicide_bomb: ['Explosions/Remote violence', 'Suicide bomb'],
  chemical_weapon: ['Explosions/Remote violence', 'Chemical weapon'],
  armed_clash: ['Battles', 'Armed clash'],
  attack: ['Violence against civilians', 'Attack'],
  execution: ['Violence against civilians', 'Attack'],
  abduction: ['Violence against civilians', 'Abduction/forced disappearance'],
  sexual_violence: ['Violence against civilians', 'Sexual violence'],
  other: ['', ''],
};

/** ACLED's geo_precision: 1 the place itself, 2 near it or a part of a region, 3 only the province. */
const GEO_PRECISION: Readonly<Record<PlacePrecision, number>> = {
  point: 1, neighbourhood: 1, town: 1, district: 2, admin1: 3, country: 3,
};

export const CSV_COLUMNS = [
  'event_id', 'event_date', 'event_date_end', 'date_precision', 'event_type', 'sub_event_type', 'corroborate_type', 'actor1',
  'country', 'admin1', 'location', 'latitude', 'longitude', 'geo_precision', 'fatalities', 'fatalities_low', 'fatalities_high',
  'fatalities_best', 'injured_low', 'injured_high', 'grade', 'confidence', 'review_status', 'sources', 'reports', 'conflicts', 'source',
  'report_ids', 'notes',
] as const;

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  // Quoted when needed; a leading =, +, - or @ is defused so a spreadsheet never runs a report's words.
  const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvHeader(): string {
  return `${CSV_COLUMNS.join(',')}\n`;
}

export function csvRow(row: IncidentRow): string {
  const i = row.incident;
  const [type, sub] = i.eventType ? ACLED[i.eventType] : ['', ''];
  const values: Record<(typeof CSV_COLUMNS)[number], unknown> = {
    event_id: i.id,
    event_date: i.date?.start,
    event_date_end: i.date?.end,
    date_precision: i.date?.precision,
    event_type: type,
    sub_event_type: sub,
    corroborate_type: i.eventType,
    actor1: i.perpetrators.map((p) => p.name).join('; '),
    country: i.place?.country,
    admin1: i.place?.admin1,
    location: i.place?.name,
    latitude: i.place?.lat,
    longitude: i.place?.lon,
    geo_precision: i.place ? GEO_PRECISION[i.place.precision] : null,
    // ACLED's fatalities is one conservative number: our low end.
    fatalities: i.killed?.low ?? 0,
    fatalities_low: i.killed?.low,
    fatalities_high: i.killed?.high,
    fatalities_best: i.killed?.best,
    injured_low: i.injured?.low,
    injured_high: i.injured?.high,
    grade: i.grade,
    confidence: i.confidence,
    review_status: i.reviewStatus,
    // Independent sources (wire copies of one text count once) and all the reports.
    sources: i.sourceCount ?? new Set(i.reportIds).size,
    reports: new Set(i.reportIds).size,
    conflicts: (i.conflicts ?? []).map((c) => `${c.field}: ${c.values.map((v) => v.value).join(' vs ')}`).join('; '),
    source: row.sources.join('; '),
    report_ids: i.reportIds.join(' '),
    notes: row.titles[0] ?? '',
  };
  return `${CSV_COLUMNS.map((c) => csvCell(values[c])).join(',')}\n`;
}

export function geojsonHeader(): string {
  return '{"type":"FeatureCollection","features":[\n';
}

/** One feature; an incident with no coordinates keeps a null geometry rather than a made-up point. */
export function geojsonFeature(row: IncidentRow, first: boolean): string {
  const i = row.incident;
  const p = i.place;
  const geometry = p && p.lat !== null && p.lon !== null ? { type: 'Point', coordinates: [p.lon, p.lat] } : null;
  const feature = {
    type: 'Feature',
    id: i.id,
    geometry,
    properties: {
      date_start: i.date?.start ?? null,
      date_end: i.date?.end ?? null,
      event_type: i.eventType,
      place: p?.name ?? null,
      admin1: p?.admin1 ?? null,
      country: p?.country ?? null,
      geo_precision: p?.precision ?? null,
      killed_low: i.killed?.low ?? null,
      killed_best: i.killed?.best ?? null,
      killed_high: i.killed?.high ?? null,
      perpetrators: i.perpetrators.map((x) => x.name),
      grade: i.grade,
      confidence: i.confidence ?? null,
      source_count: i.sourceCount ?? new Set(i.reportIds).size,
      conflicts: (i.conflicts ?? []).map((c) => c.field),
      sources: row.sources,
      report_ids: i.reportIds,
    },
  };
  return `${first ? '' : ',\n'}${JSON.stringify(feature)}`;
}

export function geojsonFooter(): string {
  return '\n]}\n';
}

export function jsonlRow(row: IncidentRow): string {
  return `${JSON.stringify({ ...row.incident, reports: row.incident.reportIds, sources: row.sources })}\n`;
}

/** Every piece of an export in order, from the store's incident stream: what the CLI and the API write out. */
export async function* exportChunks(rows: AsyncIterable<IncidentRow>, format: ExportFormat): AsyncGenerator<string> {
  if (format === 'csv') yield csvHeader();
  if (format === 'geojson') yield geojsonHeader();
  let first = true;
  for await (const row of rows) {
    yield format === 'csv' ? csvRow(row) : format === 'geojson' ? geojsonFeature(row, first) : jsonlRow(row);
    first = false;
  }
  if (format === 'geojson') yield geojsonFooter();
}
