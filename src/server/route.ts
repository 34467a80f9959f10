// A route: method, path, who may call it, what it takes (zod), what it does. The app registers them, the
// OpenAPI document is made from them, and the role test walks them; one list, so none can be missed.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Role, User } from '../store/store.js';

/** Who may call a route: anyone, or a signed-in user with at least this role. */
export type Access = 'public' | Role;

export interface Caller {
  readonly user: User;
  /** How the request proved who it is: a browser session cookie (CSRF-checked on writes) or an API token. */
  readonly via: 'session' | 'token';
  readonly csrfToken: string | null;
  readonly sessionHash: string | null;
}

export interface RouteContext<P, Q, B> {
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  readonly caller: Caller | null;
  readonly req: FastifyRequest;
  readonly reply: FastifyReply;
}

export interface RouteSpec<P = unknown, Q = unknown, B = unknown> {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly access: Access;
  readonly params?: z.ZodType<P>;
  readonly query?: z.ZodType<Q>;
  readonly body?: z.ZodType<B>;
  /** The body is a document as bytes (an uploaded file), not JSON. */
  readonly rawBody?: boolean;
  /** What a success returns, for the OpenAPI document. */
  readonly returns: string;
  handler(ctx: RouteContext<P, Q, B>): Promise<unknown>;
}

/** Declares a route with its types inferred from its schemas. */
export function route<P = unknown, Q = unknown, B = unknown>(spec: RouteSpec<P, Q, B>): RouteSpec<P, Q, B> {
  return spec;
}

export type AnyRoute = RouteSpec<any, any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const RANK: Readonly<Record<Role, number>> = { viewer: 1, analyst: 2, admin: 3 };

/** Whether a role may call a route. */
export function allows(access: Access, role: Role | null): boolean {
  if (access === 'public') return true;
  return role !== null && RANK[role] >= RANK[access];
}
