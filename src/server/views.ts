// What the API returns for incidents: a short row for lists and maps, the whole record for one.
import type { Incident } from '../core/types.js';
import type { IncidentRow } from '../store/store.js';

/** An incident as a list shows it: its reconciled values, without the evidence. */
export function incidentSummary(row: IncidentRow) {
  const i: Incident = row.incident;
  return {
    id: i.id,
    version: row.version,
    date: i.date ? { start: i.date.start, end: i.date.end, precision: i.date.precision } : null,
    place: i.place
      ? { name: i.place.name, admin1: i.place.admin1, country: i.place.country, lat: i.place.lat, lon: i.place.lon, precision: i.place.precision }
      : null,
    eventType: i.eventType,
    perpetrators: i.perpetrators.map((p) => ({ name: p.name, actor: p.actor, attribution: p.attribution })),
    killed: i.killed,
    injured: i.injured,
    grade: i.grade,
    confidence: i.confidence ?? null,
    reviewStatus: i.reviewStatus,
    sourceCount: i.sourceCount ?? i.reportIds.length,
    reports: i.reportIds.length,
    sources: row.sources,
    title: row.titles[0] ?? null,
    conflicts: (i.conflicts ?? []).map((c) => c.field),
  };
}
