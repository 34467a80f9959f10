// One error type for every HTTP failure, and the one handler that turns any error into a JSON answer.
import type { FastifyError, FastifyInstance } from 'fastify';
import { ZodError } from 'zod';
import { VersionConflict } from '../store/review.js';
import { InvalidRequest } from '../store/store.js';

export type ErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'csrf'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'internal';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** Zod's issues as `field: problem` lines a client can show. */
function issuesOf(e: ZodError): { path: string; message: string }[] {
  return e.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setNotFoundHandler((req, reply) => {
    void reply.code(404).send({ error: { code: 'not_found', message: `no route ${req.method} ${req.url.split('?')[0]}` } });
  });
  app.setErrorHandler((err: FastifyError | Error, req, reply) => {
    let e: HttpError;
    if (err instanceof HttpError) e = err;
    else if (err instanceof ZodError) e = new HttpError(400, 'bad_request', 'the request is not valid', issuesOf(err));
    else if (err instanceof InvalidRequest) e = new HttpError(400, 'bad_request', err.message);
    else if (err instanceof VersionConflict) e = new HttpError(409, 'conflict', err.message, { incident: err.incidentId, version: err.current });
    else if ('statusCode' in err && typeof err.statusCode === 'number' && err.statusCode < 500) {
      // fastify's own: a body too large, a body that is not JSON, a content type it cannot read.
      const code: ErrorCode = err.statusCode === 413 ? 'payload_too_large' : err.statusCode === 415 ? 'unsupported_media_type' : 'bad_request';
      e = new HttpError(err.statusCode, code, err.message);
    } else {
      req.log.error({ err }, 'request failed');
      e = new HttpError(500, 'internal', 'the server failed on this request; the error is in its log');
    }
    if (e.status === 429 && e.details && typeof e.details === 'object' && 'retryAfter' in e.details) {
      void reply.header('retry-after', String((e.details as { retryAfter: number }).retryAfter));
    }
    void reply.code(e.status).send({ error: { code: e.code, message: e.message, ...(e.details === undefined ? {} : { details: e.details }) } });
  });
}
