// People's review of incidents: statuses and corrections, what each correction may hold, and how the
// corrections are laid over the machine's reconciled values (again after every relink).
import { z } from 'zod';
import { EVENT_TYPES, type EditableField, type FieldEdit, type Incident, type ReviewStatus } from '../core/types.js';

const DAY = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD');
const estimate = z
  .object({ low: z.number().int().min(0), best: z.number().int().min(0), high: z.number().int().min(0).nullable() })
  .refine((e) => e.low <= e.best && (e.high === null || e.best <= e.high), 'low ≤ best ≤ high')
  .nullable();

/** What each editable field takes: the server validates a request with these, the store applies them. */
export const EDIT_VALUES = {
  eventType: z.enum(EVENT_TYPES),
  date: z
    .object({ start: DAY, end: DAY.nullable(), precision: z.enum(['day', 'week', 'month', 'year']) })
    .refine((d) => d.end === null || d.end >= d.start, 'end is on or after start'),
  place: z.object({
    name: z.string().trim().min(1).max(200),
    country: z.string().regex(/^[A-Z]{2}$/, 'country is ISO 3166-1 alpha-2').nullable(),
    admin1: z.string().trim().min(1).max(200).nullable(),
    lat: z.number().min(-90).max(90).nullable(),
    lon: z.number().min(-180).max(180).nullable(),
    precision: z.enum(['point', 'neighbourhood', 'town', 'district', 'admin1', 'country']),
  }),
  killed: estimate,
  injured: estimate,
} as const satisfies Record<EditableField, z.ZodType>;

/** A review action on one incident, checked against the version the person saw. */
export type ReviewChange =
  | { readonly kind: 'status'; readonly status: Exclude<ReviewStatus, 'edited'>; readonly reason: string }
  | { readonly kind: 'edit'; readonly field: EditableField; readonly value: unknown; readonly reason: string };

/** The event log's kinds for review actions. */
export const REVIEW = 'incident:review';
export const EDIT = 'incident:edit';

/** The incident's value of a field, as an edit records what it replaced. */
export function fieldValue(i: Incident, field: EditableField): unknown {
  switch (field) {
    case 'eventType':
      return i.eventType;
    case 'date':
      return i.date ? { start: i.date.start, end: i.date.end, precision: i.date.precision } : null;
    case 'place':
      return i.place
        ? { name: i.place.name, country: i.place.country, admin1: i.place.admin1, lat: i.place.lat, lon: i.place.lon, precision: i.place.precision }
        : null;
    case 'killed':
      return i.killed;
    case 'injured':
      return i.injured;
  }
}

/** The incident with one corrected value in place. A corrected value's provenance is the person's edit. */
function withValue(i: Incident, field: EditableField, value: unknown): Incident {
  const by = { certainty: 'stated' as const, evidence: [], rule: 'review:edit' };
  switch (field) {
    case 'eventType':
      return { ...i, eventType: EDIT_VALUES.eventType.parse(value) };
    case 'date': {
      const d = EDIT_VALUES.date.parse(value);
      return { ...i, date: { ...by, start: d.start, end: d.end ?? d.start, precision: d.precision } };
    }
    case 'place':
      return { ...i, place: { ...by, ...EDIT_VALUES.place.parse(value), gazetteerId: null } };
    case 'killed':
      return { ...i, killed: EDIT_VALUES.killed.parse(value) };
    case 'injured':
      return { ...i, injured: EDIT_VALUES.injured.parse(value) };
  }
}

/** Lays corrections over an incident, the latest per field winning; the list is kept on the incident. */
export function applyEdits(i: Incident, edits: readonly FieldEdit[]): Incident {
  if (edits.length === 0) return i;
  let out = i;
  for (const e of [...edits].sort((a, b) => a.seq - b.seq)) out = withValue(out, e.field, e.value);
  return { ...out, edits };
}

/** A review against a version that is no longer current: someone else changed the incident first. */
export class VersionConflict extends Error {
  constructor(
    readonly incidentId: string,
    readonly current: string,
  ) {
    super(`incident ${incidentId} changed since it was loaded (now version ${current}); reload it and try again`);
  }
}
