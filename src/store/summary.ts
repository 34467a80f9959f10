// An incident as a list shows it: its reconciled values without the evidence. The store keeps each
// incident's summary beside it, written with it, so a page of a list is read without parsing any record.
import type { Incident } from '../core/types.js';

/** The sources and titles of an incident's reports, as the `refs` column keeps them: [[source, title], ...]. */
export type Refs = readonly (readonly [string | null, string | null])[];

export function sourcesOf(refs: Refs): string[] {
  return [...new Set(refs.map(([s]) => s).filter((s): s is string => !!s))];
}

export function titlesOf(refs: Refs): string[] {
  return refs.map(([, t]) => t).filter((t): t is string => !!t);
}

export function summaryOf(i: Incident, version: string, sources: readonly string[], titles: readonly string[]) {
  return {
    id: i.id,
    version,
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
    sources,
    title: titles[0] ?? null,
    conflicts: (i.conflicts ?? []).map((c) => c.field),
  };
}

export type IncidentSummary = ReturnType<typeof summaryOf>;
