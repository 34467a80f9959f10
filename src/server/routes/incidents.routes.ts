// Incidents: the filtered list (cursor pages), one incident with its accounts and history, and review.
import { z } from 'zod';
import { EDITABLE_FIELDS, EVENT_TYPES, type EditableField } from '../../core/types.js';
import type { IncidentFilter } from '../../store/store.js';
import { EDIT_VALUES } from '../../store/review.js';
import type { ServerDeps } from '../deps.js';
import { HttpError } from '../http-error.js';
import { route, type AnyRoute } from '../route.js';
import { incidentSummary, summaryList } from '../views.js';

const DAY = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD');
const BBOX = z
  .string()
  .transform((s) => s.split(',').map(Number))
  .refine((v) => v.length === 4 && v.every(Number.isFinite), 'bbox is west,south,east,north in degrees')
  .refine((v) => v[1]! <= v[3]! && v.every((x, i) => Math.abs(x) <= (i % 2 === 0 ? 180 : 90)), 'bbox is west,south,east,north in degrees')
  .transform((v) => v as unknown as readonly [number, number, number, number]);

/** The filters every incident listing takes (the list, the map, exports). */
export const FILTER = z.object({
  from: DAY.optional(),
  to: DAY.optional(),
  country: z.string().regex(/^[A-Za-z]{2}$/, 'country is ISO 3166-1 alpha-2').optional(),
  admin1: z.string().min(1).max(200).optional(),
  type: z.enum(EVENT_TYPES).optional(),
  perpetrator: z.string().min(1).max(100).optional(),
  grade: z.enum(['single-source', 'corroborated', 'contested', 'confirmed']).optional(),
  review: z.enum(['unreviewed', 'accepted', 'rejected', 'edited']).optional(),
  q: z.string().min(1).max(500).optional(),
  bbox: BBOX.optional(),
});

export function filterOf(q: z.infer<typeof FILTER>): IncidentFilter {
  return {
    from: q.from,
    to: q.to,
    country: q.country,
    admin1: q.admin1,
    type: q.type,
    perpetrator: q.perpetrator,
    grade: q.grade,
    review: q.review,
    search: q.q,
    bbox: q.bbox,
  };
}

const ID = z.object({ id: z.string().min(1).max(200) });
const REASON = z.string().trim().min(1, 'say why: the reason goes into the log').max(2000);

export function incidentRoutes(d: ServerDeps): AnyRoute[] {
  const s = d.store;
  return [
    route({
      method: 'GET',
      path: '/api/incidents',
      summary: 'Incidents by start date, filtered; pages of `limit`, continued with `cursor` (the `next` of the page before)',
      tag: 'incidents',
      access: 'viewer',
      query: FILTER.extend({ limit: z.coerce.number().int().min(1).max(1000).default(100), cursor: z.string().max(500).optional() }),
      returns: '{ incidents, next }',
      async handler({ query, reply }) {
        const page = await d.reads.pageSummaries({ ...filterOf(query), limit: query.limit, after: query.cursor });
        return summaryList(reply, page.summaries, page.next);
      },
    }),
    route({
      method: 'GET',
      path: '/api/incidents/:id',
      summary: 'One incident: reconciled values, grade, conflicts, every account with its report, and its history in the log',
      tag: 'incidents',
      access: 'viewer',
      params: ID,
      returns: '{ incident, version, sources, accounts, history }',
      async handler({ params }) {
        const got = await s.getIncident(params.id);
        if (!got) throw new HttpError(404, 'not_found', `no incident ${params.id}; it may have been merged or split (its history keeps the id)`);
        const history = await s.events(params.id);
        return { incident: got.incident, version: got.version, sources: got.sources, accounts: got.accounts, history };
      },
    }),
    route({
      method: 'POST',
      path: '/api/incidents/:id/review',
      summary: 'Accept or reject an incident (or set it back to unreviewed), with a reason; `version` is the one you loaded',
      tag: 'review',
      access: 'analyst',
      params: ID,
      body: z.object({ status: z.enum(['accepted', 'rejected', 'unreviewed']), reason: REASON, version: z.string().min(1) }),
      returns: '{ incident: summary }',
      async handler({ params, body, caller }) {
        const row = await s.reviewIncident(params.id, { kind: 'status', status: body.status, reason: body.reason }, caller!.user.username, body.version);
        if (!row) throw new HttpError(404, 'not_found', `no incident ${params.id}`);
        return { incident: incidentSummary(row) };
      },
    }),
    route({
      method: 'POST',
      path: '/api/incidents/:id/edit',
      summary: `Correct one field (${EDITABLE_FIELDS.join(', ')}) with a reason; the machine's value is kept in the log beside yours`,
      tag: 'review',
      access: 'analyst',
      params: ID,
      body: z.object({ field: z.enum(EDITABLE_FIELDS), value: z.unknown(), reason: REASON, version: z.string().min(1) }),
      returns: '{ incident: summary }',
      async handler({ params, body, caller }) {
        const field: EditableField = body.field;
        const value = EDIT_VALUES[field].parse(body.value);
        const row = await s.reviewIncident(params.id, { kind: 'edit', field, value, reason: body.reason }, caller!.user.username, body.version);
        if (!row) throw new HttpError(404, 'not_found', `no incident ${params.id}`);
        return { incident: incidentSummary(row) };
      },
    }),
    route({
      method: 'POST',
      path: '/api/incidents/merge',
      summary: 'Merge incidents into one (linking never undoes it); `versions` are the ones you loaded, by incident id',
      tag: 'review',
      access: 'analyst',
      body: z.object({ incidents: z.array(z.string().min(1)).min(2).max(100), reason: REASON, versions: z.record(z.string(), z.string()) }),
      returns: '{ incident: summary }',
      async handler({ body, caller }) {
        const missing = body.incidents.filter((id) => body.versions[id] === undefined);
        if (missing.length > 0) throw new HttpError(400, 'bad_request', `give the version you loaded of ${missing.join(', ')}`);
        for (const id of body.incidents) if (!(await s.getIncident(id))) throw new HttpError(404, 'not_found', `no incident ${id}`);
        const inc = await s.mergeIncidents(body.incidents, caller!.user.username, body.reason, d.linker, body.versions);
        const row = await s.getIncident(inc.id);
        return { incident: incidentSummary(row!) };
      },
    }),
    route({
      method: 'POST',
      path: '/api/incidents/:id/split',
      summary: 'Move accounts out of an incident into one of their own (linking never undoes it)',
      tag: 'review',
      access: 'analyst',
      params: ID,
      body: z.object({ accounts: z.array(z.number().int().positive()).min(1), reason: REASON, version: z.string().min(1) }),
      returns: '{ incidents: [rest, moved] }',
      async handler({ params, body, caller }) {
        if (!(await s.getIncident(params.id))) throw new HttpError(404, 'not_found', `no incident ${params.id}`);
        const parts = await s.splitIncident(params.id, body.accounts, caller!.user.username, body.reason, d.linker, { [params.id]: body.version });
        const rows = await Promise.all(parts.map((p) => s.getIncident(p.id)));
        return { incidents: rows.map((r) => incidentSummary(r!)) };
      },
    }),
  ];
}

/** The map's answer for a filter and a zoom, from the cache while the store is unchanged. */
export function mapAnswer(d: ServerDeps, filter: IncidentFilter, zoom: number) {
  return d.aggregates.get(d.store, `map ${zoom} ${JSON.stringify(filter)}`, () => d.store.mapView(filter, zoom));
}

export function timelineAnswer(d: ServerDeps, filter: IncidentFilter, bucket: 'day' | 'week' | 'month') {
  return d.aggregates.get(d.store, `timeline ${bucket} ${JSON.stringify(filter)}`, () => d.store.timeline(filter, bucket));
}

/**
 * Works out what the web app asks for first (the whole record at the zooms it opens on, the timeline by
 * month), so the first person to open it does not wait for a million incidents to be counted.
 */
export async function warmFirstView(d: ServerDeps): Promise<void> {
  const all = filterOf({});
  await timelineAnswer(d, all, 'month');
  for (let zoom = 2; zoom <= 7; zoom++) await mapAnswer(d, all, zoom);
}

/** The map, the timeline and the review queue: views over the same filters. */
export function viewRoutes(d: ServerDeps): AnyRoute[] {
  const s = d.store;
  return [
    route({
      method: 'GET',
      path: '/api/map',
      summary: 'Incidents for a map view: pins clustered on a grid for the zoom, and the provinces and countries of incidents placed no closer',
      tag: 'incidents',
      access: 'viewer',
      query: FILTER.extend({ zoom: z.coerce.number().int().min(0).max(22) }),
      returns: '{ points: [{lat, lon, count, killed, id, type}], areas: [{level, ref, country, name, count, killed}], unplaced }',
      async handler({ query }) {
        return mapAnswer(d, filterOf(query), query.zoom);
      },
    }),
    route({
      method: 'GET',
      path: '/api/timeline',
      summary: 'Incidents and killed per day, week or month, for the same filters',
      tag: 'incidents',
      access: 'viewer',
      query: FILTER.extend({ bucket: z.enum(['day', 'week', 'month']).default('week') }),
      returns: '{ bucket, buckets: [{bucket, incidents, killed}], undrawn }',
      async handler({ query }) {
        return timelineAnswer(d, filterOf(query), query.bucket);
      },
    }),
    route({
      method: 'GET',
      path: '/api/review/queue',
      summary: 'Incidents waiting for review, contested first, then single-source, then the least confident; reviewed ones leave it',
      tag: 'review',
      access: 'viewer',
      query: FILTER.omit({ review: true }).extend({ limit: z.coerce.number().int().min(1).max(500).default(50) }),
      returns: '{ incidents }',
      async handler({ query, reply }) {
        const page = await d.reads.pageSummaries({ ...filterOf(query), review: 'unreviewed', order: 'review', limit: query.limit });
        return summaryList(reply, page.summaries);
      },
    }),
  ];
}
