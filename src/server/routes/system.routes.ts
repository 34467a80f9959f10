// Health and the OpenAPI document.
import type { ServerDeps } from '../deps.js';
import { route, type AnyRoute } from '../route.js';

export function systemRoutes(d: ServerDeps, openapi: () => unknown): AnyRoute[] {
  return [
    route({
      method: 'GET',
      path: '/api/health',
      summary: 'Whether the server and its database answer, with the record counts',
      tag: 'system',
      access: 'public',
      returns: '{ ok, counts }',
      async handler() {
        const c = await d.store.counts();
        return { ok: true, counts: { reports: c.reports, incidents: c.incidents, accounts: c.accounts, events: c.events }, setupNeeded: d.setupCode !== null };
      },
    }),
    route({
      method: 'GET',
      path: '/api/openapi.json',
      summary: 'This API as an OpenAPI 3.1 document',
      tag: 'system',
      access: 'public',
      returns: 'OpenAPI 3.1',
      async handler() {
        return openapi();
      },
    }),
  ];
}
