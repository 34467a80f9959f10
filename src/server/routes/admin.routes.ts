// Users and API tokens: admins only.
import { z } from 'zod';
import { ROLES, type Role } from '../../store/store.js';
import type { ServerDeps } from '../deps.js';
import { HttpError } from '../http-error.js';
import { route, type AnyRoute } from '../route.js';
import { hashPassword, newSecret, secretHash } from '../secrets.js';
import { PASSWORD } from './session.routes.js';

const ROLE = z.enum(ROLES as [Role, ...Role[]]);
const ID = z.object({ id: z.coerce.number().int().positive() });

export function adminRoutes(d: ServerDeps): AnyRoute[] {
  const users = d.store.users;
  return [
    route({
      method: 'GET',
      path: '/api/users',
      summary: 'Every user with role and status',
      tag: 'admin',
      access: 'admin',
      returns: '{ users }',
      async handler() {
        return { users: await users.listUsers() };
      },
    }),
    route({
      method: 'POST',
      path: '/api/users',
      summary: 'Add a user',
      tag: 'admin',
      access: 'admin',
      body: z.object({ username: z.string().trim().min(1).max(64).regex(/^[\p{L}\p{N}._@-]+$/u), role: ROLE, password: PASSWORD }),
      returns: '{ user }',
      async handler({ body, reply }) {
        const user = await users.createUser(body.username, body.role, await hashPassword(body.password));
        if (!user) throw new HttpError(409, 'conflict', `the user name "${body.username}" is taken`);
        void reply.code(201);
        return { user };
      },
    }),
    route({
      method: 'PATCH',
      path: '/api/users/:id',
      summary: "Change a user's role, password, or whether they can log in (a new password or disabling ends their sessions)",
      tag: 'admin',
      access: 'admin',
      params: ID,
      body: z.object({ role: ROLE.optional(), password: PASSWORD.optional(), disabled: z.boolean().optional() }),
      returns: '{ user }',
      async handler({ params, body, caller }) {
        if (params.id === caller!.user.id && (body.disabled || (body.role && body.role !== 'admin'))) {
          throw new HttpError(409, 'conflict', 'an admin cannot disable or demote themself; another admin can');
        }
        const user = await users.updateUser(params.id, {
          role: body.role,
          disabled: body.disabled,
          passwordHash: body.password ? await hashPassword(body.password) : undefined,
        });
        if (!user) throw new HttpError(404, 'not_found', `no user ${params.id}`);
        return { user };
      },
    }),
    route({
      method: 'GET',
      path: '/api/tokens',
      summary: 'API tokens (never their secrets), for one user or all',
      tag: 'admin',
      access: 'admin',
      query: z.object({ user: z.coerce.number().int().positive().optional() }),
      returns: '{ tokens }',
      async handler({ query }) {
        return { tokens: await users.listTokens(query.user ?? null) };
      },
    }),
    route({
      method: 'POST',
      path: '/api/tokens',
      summary: "Make an API token for a user; the secret is in this answer only (it is stored hashed)",
      tag: 'admin',
      access: 'admin',
      body: z.object({ user: z.number().int().positive(), name: z.string().trim().min(1).max(100) }),
      returns: '{ token, secret }',
      async handler({ body, reply }) {
        if (!(await users.userById(body.user))) throw new HttpError(404, 'not_found', `no user ${body.user}`);
        const secret = newSecret('cbt_');
        const token = await users.createToken(body.user, body.name, secretHash(secret));
        void reply.code(201);
        return { token, secret };
      },
    }),
    route({
      method: 'DELETE',
      path: '/api/tokens/:id',
      summary: 'Revoke an API token (it stays listed, revoked)',
      tag: 'admin',
      access: 'admin',
      params: ID,
      returns: '{ token }',
      async handler({ params }) {
        const token = await users.revokeToken(params.id);
        if (!token) throw new HttpError(404, 'not_found', `no token ${params.id}`);
        return { token };
      },
    }),
  ];
}
