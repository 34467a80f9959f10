// Reports in (JSON records, an uploaded document, a URL to fetch) and out (the cleaned report, the raw bytes).
import { z } from 'zod';
import { ingestInputs, ingestItems, recordItems, type IngestSummary } from '../../pipeline.js';
import { readUpload } from '../../ingest/read-inputs.js';
import type { ServerDeps } from '../deps.js';
import { HttpError } from '../http-error.js';
import { route, type AnyRoute } from '../route.js';

/** A record as a JSONL line would hold it: at least a text or HTML; the other keys are kept as metadata. */
const RECORD = z.looseObject({}).refine((r) => ['text', 'content', 'body', 'article_content', 'html'].some((k) => typeof r[k] === 'string'), {
  message: 'a report needs its text (text, content, body, article_content) or html',
});

const INGEST_BODY = z.union([
  z.object({ reports: z.array(z.looseObject({})).min(1).max(10_000) }),
  z.object({ url: z.url({ protocol: /^https?$/ }) }),
  RECORD,
]);

/** What an ingest answers: its counts, and every message (each naming the record's line in the request). */
function answer(s: IngestSummary) {
  return { batch: s.batchId, read: s.read, stored: s.stored, duplicates: s.duplicates, failed: s.failed, incidents: s.incidents, messages: s.messages };
}

export function reportRoutes(d: ServerDeps): AnyRoute[] {
  const run = { ...d.readOptions, batchSize: 500, workers: 0 };
  return [
    route({
      method: 'POST',
      path: '/api/reports',
      summary:
        'Add reports: one record ({text|html, title, url, source, published_at...}), a batch ({reports: [...]}) or a URL to fetch ({url}); they are cleaned, extracted and linked at once',
      tag: 'reports',
      access: 'analyst',
      body: INGEST_BODY,
      returns: '{ batch, read, stored, duplicates, failed, incidents, messages }',
      async handler({ body, caller }) {
        const who = caller!.user.username;
        if ('url' in body && typeof body.url === 'string' && Object.keys(body).length === 1) {
          return answer(await ingestInputs(d.store, [body.url], { ...run, stdin: emptyStdin() }));
        }
        const records = 'reports' in body && Array.isArray(body.reports) ? body.reports : [body];
        const where = `POST /api/reports by ${who}`;
        return answer(await ingestItems(d.store, recordItems(records, where, d.readOptions), { ...run, command: 'api', inputs: [where] }));
      },
    }),
    route({
      method: 'POST',
      path: '/api/reports/upload',
      summary: 'Add the reports in one document sent as the body (text, HTML, JSONL, CSV, a feed); ?name= is its file name, which tells the format',
      tag: 'reports',
      access: 'analyst',
      rawBody: true,
      query: z.object({ name: z.string().trim().min(1).max(255) }),
      returns: '{ batch, read, stored, duplicates, failed, incidents, messages }',
      async handler({ query, req }) {
        const bytes = req.body;
        if (!Buffer.isBuffer(bytes)) throw new HttpError(415, 'unsupported_media_type', 'send the document as the raw body (any content type but application/json)');
        const items = readUpload(bytes, query.name, req.headers['content-type'] ?? null, d.readOptions);
        return answer(await ingestItems(d.store, items, { ...run, command: 'api-upload', inputs: [`upload:${query.name}`] }));
      },
    }),
    route({
      method: 'GET',
      path: '/api/reports/:id',
      summary: 'One report as cleaned: its text (which every evidence span points into), metadata, what cleaning removed, messages',
      tag: 'reports',
      access: 'viewer',
      params: z.object({ id: z.string().min(1) }),
      returns: '{ report, raw: { sha256, format, origin, receivedAt, bytes } }',
      async handler({ params }) {
        const r = await d.store.getReport(params.id);
        if (!r) throw new HttpError(404, 'not_found', `no report ${params.id}`);
        return { report: r.report, raw: { ...r.raw, bytes: r.raw.bytes.byteLength } };
      },
    }),
    route({
      method: 'GET',
      path: '/api/reports/:id/raw',
      summary: 'The report exactly as received, as a download (never rendered: it is served as an attachment)',
      tag: 'reports',
      access: 'viewer',
      params: z.object({ id: z.string().min(1) }),
      returns: 'the bytes received',
      async handler({ params, reply }) {
        const r = await d.store.getReport(params.id);
        if (!r) throw new HttpError(404, 'not_found', `no report ${params.id}`);
        const ext = r.raw.format === 'html' ? 'html' : r.raw.format === 'csv' ? 'csv' : r.raw.format === 'jsonl' ? 'jsonl' : 'txt';
        const safe = params.id.replace(/[^\w.-]+/g, '_').slice(0, 100);
        void reply
          .header('content-type', 'application/octet-stream')
          .header('content-disposition', `attachment; filename="${safe}.${ext}"`)
          .header('x-content-type-options', 'nosniff');
        return reply.send(Buffer.from(r.raw.bytes));
      },
    }),
  ];
}

/** A URL ingest reads no standard input. */
async function* emptyStdin(): AsyncGenerator<Uint8Array> {}
