// The HTTP server: fastify with the routes of ./routes, one error handler, security headers on everything.
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { DEFAULT_READ_OPTIONS } from '../ingest/raw-report.js';
import { defaultLinker } from '../pipeline.js';
import type { Store } from '../store/store.js';
import type { ListReads } from './read-pool.js';
import { AggregateCache } from './aggregate-cache.js';
import { Auth } from './auth.js';
import type { ServerConfig } from './config.js';
import type { ServerDeps } from './deps.js';
import { HttpError, installErrorHandler } from './http-error.js';
import { openApiDocument } from './openapi.js';
import { allows, type AnyRoute } from './route.js';
import { adminRoutes } from './routes/admin.routes.js';
import { exportRoutes } from './routes/exports.routes.js';
import { incidentRoutes, viewRoutes, warmFirstView } from './routes/incidents.routes.js';
import { reportRoutes } from './routes/reports.routes.js';
import { sessionRoutes } from './routes/session.routes.js';
import { systemRoutes } from './routes/system.routes.js';
import { newSecret } from './secrets.js';

export const VERSION = '0.1.0';

/**
 * Only this origin's own files: report text is hostile input, and nothing is fetched from elsewhere
 * (no tiles, fonts or scripts), so nothing else needs allowing.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface Server {
  readonly app: FastifyInstance;
  readonly routes: readonly AnyRoute[];
  /** The first admin's one-time setup code, when the database has no users yet. */
  readonly setupCode: string | null;
  /** Works out the web app's first view ahead of its first visitor. */
  warm(): Promise<void>;
}

export async function buildServer(store: Store, cfg: ServerConfig, opts: { logger?: boolean; reads?: ListReads } = {}): Promise<Server> {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: cfg.maxBodyBytes,
    trustProxy: cfg.trustProxy,
    // Report ids and incident ids are long; a URL of a few kilobytes is still a request to answer.
    routerOptions: { maxParamLength: 500 },
  });
  await app.register(cookie);
  // Documents sent to /api/reports/upload arrive as bytes, whatever their type (JSON stays JSON): a text
  // file is decoded by ingest, which knows its charset rules, not by the HTTP layer.
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
  installErrorHandler(app);

  const deps: ServerDeps = {
    store,
    reads: opts.reads ?? store,
    auth: new Auth(store.users, cfg),
    cfg,
    linker: defaultLinker(),
    readOptions: DEFAULT_READ_OPTIONS,
    aggregates: new AggregateCache(),
    setupCode: (await store.users.countUsers()) === 0 ? newSecret() : null,
  };
  const setupCode = deps.setupCode;

  const routes: AnyRoute[] = [];
  const openapi = () => openApiDocument(routes, VERSION);
  routes.push(...systemRoutes(deps, openapi), ...sessionRoutes(deps), ...reportRoutes(deps), ...incidentRoutes(deps), ...viewRoutes(deps), ...exportRoutes(deps), ...adminRoutes(deps));

  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    reply.header('cross-origin-opener-policy', 'same-origin');
    if (reply.request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    return payload;
  });

  // The web app's files; its pages use the API above (a hash router: no server-side routes to fall back to).
  if (cfg.webRoot) await app.register(fastifyStatic, { root: cfg.webRoot, prefix: '/', index: 'index.html', wildcard: false });

  for (const r of routes) {
    app.route({
      method: r.method,
      url: r.path,
      handler: async (req, reply) => {
        const caller = await deps.auth.identify(req);
        if (r.access !== 'public') {
          if (!caller) throw new HttpError(401, 'unauthorized', 'log in (POST /api/session) or send an API token (Authorization: Bearer ...)');
          if (UNSAFE.has(r.method)) deps.auth.checkCsrf(req, caller);
          if (!allows(r.access, caller.user.role)) {
            throw new HttpError(403, 'forbidden', `${r.method} ${r.path} needs the ${r.access} role; ${caller.user.username} is ${caller.user.role}`);
          }
        }
        if (r.rawBody && req.headers['content-type']?.startsWith('application/json')) {
          throw new HttpError(415, 'unsupported_media_type', 'send the document as the raw body with its own content type, not application/json');
        }
        const params = r.params ? r.params.parse(req.params) : req.params;
        const query = r.query ? r.query.parse(req.query) : req.query;
        const body = r.body ? r.body.parse(req.body ?? {}) : req.body;
        return r.handler({ params, query, body, caller, req, reply });
      },
    });
  }
  return { app, routes, setupCode, warm: () => warmFirstView(deps) };
}
