// What the API returns for incidents: a short row for lists and maps, the whole record for one.
import type { FastifyReply } from 'fastify';
import type { IncidentRow } from '../store/store.js';
import { summaryOf } from '../store/summary.js';

/** An incident as a list shows it: its reconciled values, without the evidence. */
export function incidentSummary(row: IncidentRow) {
  return summaryOf(row.incident, row.version, row.sources, row.titles);
}

/**
 * A list of incidents as the JSON body `{"incidents": [...], "next": ...}`, put together from the summaries
 * the store keeps as JSON text: a page is sent without parsing and serialising a hundred records again.
 */
export function summaryList(reply: FastifyReply, summaries: readonly string[], next?: string | null): string {
  reply.type('application/json; charset=utf-8');
  return `{"incidents":[${summaries.join(',')}]${next === undefined ? '' : `,"next":${JSON.stringify(next)}`}}`;
}
