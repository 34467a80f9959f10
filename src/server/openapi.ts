// The OpenAPI 3.1 document, made from the route list and its zod schemas.
import { z } from 'zod';
import type { AnyRoute } from './route.js';

type JsonSchema = { properties?: Record<string, unknown>; required?: string[] } & Record<string, unknown>;

function schemaOf(t: z.ZodType, io: 'input' | 'output' = 'input'): JsonSchema {
  return z.toJSONSchema(t, { io, unrepresentable: 'any' }) as JsonSchema;
}

/** Query and path schemas as OpenAPI parameters, one per property. */
function parameters(t: z.ZodType | undefined, where: 'query' | 'path') {
  if (!t) return [];
  const s = schemaOf(t);
  return Object.entries(s.properties ?? {}).map(([name, schema]) => ({
    name,
    in: where,
    required: where === 'path' || (s.required ?? []).includes(name),
    schema,
  }));
}

export function openApiDocument(routes: readonly AnyRoute[], version: string): unknown {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = r.path.replace(/:(\w+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][r.method.toLowerCase()] = {
      summary: r.summary,
      tags: [r.tag],
      'x-role': r.access,
      security: r.access === 'public' ? [] : [{ session: [] }, { token: [] }],
      parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query')],
      ...(r.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(r.body) } } } }
        : r.rawBody
          ? { requestBody: { required: true, content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } } }
          : {}),
      responses: {
        '200': { description: r.returns },
        ...(r.access === 'public' ? {} : { '401': { description: 'not signed in' }, '403': { description: `needs the ${r.access} role (or the CSRF token)` } }),
        '400': { description: 'the request is not valid: { error: { code, message, details } }' },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Corroborate', version, description: 'Reports in; incidents with their evidence, review and history out.' },
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'corroborate_session', description: 'From POST /api/session; writes also need the x-csrf-token header' },
        token: { type: 'http', scheme: 'bearer', description: 'An API token from POST /api/tokens' },
      },
    },
    paths,
  };
}
