// Logging in and out, who am I, and the first admin's one-time setup.
import { z } from 'zod';
import { PASSWORD_RULE } from '../auth.js';
import type { ServerDeps } from '../deps.js';
import { HttpError } from '../http-error.js';
import { route, type AnyRoute } from '../route.js';
import { hashPassword, sameSecret } from '../secrets.js';

const USERNAME = z.string().trim().min(1).max(64).regex(/^[\p{L}\p{N}._@-]+$/u, 'letters, digits and . _ @ - only');
export const PASSWORD = z.string().min(PASSWORD_RULE.min, `at least ${PASSWORD_RULE.min} characters`).max(PASSWORD_RULE.max);

export function sessionRoutes(d: ServerDeps): AnyRoute[] {
  return [
    route({
      method: 'POST',
      path: '/api/session',
      summary: 'Log in with a user name and password; sets an HttpOnly session cookie and returns the CSRF token for writes',
      tag: 'session',
      access: 'public',
      body: z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(PASSWORD_RULE.max) }),
      returns: '{ user, csrfToken, expiresAt }',
      async handler({ body, req, reply }) {
        return d.auth.login(req, reply, body.username, body.password);
      },
    }),
    route({
      method: 'GET',
      path: '/api/session',
      summary: 'Who is signed in, with the CSRF token of the session',
      tag: 'session',
      access: 'viewer',
      returns: '{ user, via, csrfToken }',
      async handler({ caller }) {
        return { user: caller!.user, via: caller!.via, csrfToken: caller!.csrfToken };
      },
    }),
    route({
      method: 'DELETE',
      path: '/api/session',
      summary: 'Log out: ends the session and clears its cookie',
      tag: 'session',
      access: 'public',
      returns: '{ ok: true }',
      async handler({ caller, req, reply }) {
        if (caller) d.auth.checkCsrf(req, caller);
        await d.auth.logout(reply, caller);
        return { ok: true };
      },
    }),
    route({
      method: 'POST',
      path: '/api/setup',
      summary: 'Make the first admin with the one-time code the server printed at start (only while there are no users)',
      tag: 'session',
      access: 'public',
      body: z.object({ code: z.string().min(1), username: USERNAME, password: PASSWORD }),
      returns: '{ user }',
      async handler({ body }) {
        const code = d.setupCode;
        if (code === null || (await d.store.users.countUsers()) > 0) throw new HttpError(409, 'conflict', 'setup is done: an admin exists; log in instead');
        if (!sameSecret(body.code, code)) throw new HttpError(403, 'forbidden', 'the setup code is wrong; it is the one the server printed when it started');
        const user = await d.store.users.createUser(body.username, 'admin', await hashPassword(body.password));
        d.setupCode = null;
        return { user };
      },
    }),
  ];
}
