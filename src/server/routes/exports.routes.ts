// Exports of the filtered incidents, streamed row by row as the store reads them.
import { Readable } from 'node:stream';
import { z } from 'zod';
import { EXPORT_FORMATS, exportChunks } from '../../store/export-formats.js';
import type { ServerDeps } from '../deps.js';
import { route, type AnyRoute } from '../route.js';
import { FILTER, filterOf } from './incidents.routes.js';

const TYPES = { csv: 'text/csv; charset=utf-8', geojson: 'application/geo+json', jsonl: 'application/x-ndjson' } as const;

export function exportRoutes(d: ServerDeps): AnyRoute[] {
  return [
    route({
      method: 'GET',
      path: '/api/export/:format',
      summary: `Every incident the filters select, as ${EXPORT_FORMATS.join(', ')} (ACLED-style CSV), streamed`,
      tag: 'exports',
      access: 'viewer',
      params: z.object({ format: z.enum(EXPORT_FORMATS) }),
      query: FILTER,
      returns: 'the file',
      async handler({ params, query, reply }) {
        const stamp = new Date().toISOString().slice(0, 10);
        void reply
          .header('content-type', TYPES[params.format])
          .header('content-disposition', `attachment; filename="corroborate-incidents-${stamp}.${params.format}"`);
        return reply.send(Readable.from(exportChunks(d.store.iterateIncidents(filterOf(query)), params.format)));
      },
    }),
  ];
}
