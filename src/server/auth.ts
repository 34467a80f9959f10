// Who is calling: a session cookie (browsers) or a bearer token (scripts). Logins are rate limited and
// CSRF tokens guard cookie-authenticated writes.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { User, UserStore } from '../store/store.js';
import type { ServerConfig } from './config.js';
import { HttpError } from './http-error.js';
import { LoginLimiter } from './login-limiter.js';
import type { Caller } from './route.js';
import { decoyHash, newSecret, sameSecret, secretHash, verifyPassword } from './secrets.js';

export const SESSION_COOKIE = 'corroborate_session';
export const CSRF_HEADER = 'x-csrf-token';

/** Passwords people choose: long enough to resist guessing, short enough to hash. */
export const PASSWORD_RULE = { min: 10, max: 200 } as const;

export class Auth {
  private readonly limiter: LoginLimiter;

  constructor(
    private readonly users: UserStore,
    private readonly cfg: ServerConfig,
  ) {
    this.limiter = new LoginLimiter(cfg.loginAttempts, cfg.loginWindowMinutes * 60_000);
  }

  async identify(req: FastifyRequest): Promise<Caller | null> {
    const header = req.headers.authorization;
    if (header) {
      const m = /^Bearer\s+(\S+)$/i.exec(header);
      if (!m) throw new HttpError(401, 'unauthorized', 'the Authorization header must be "Bearer <token>"');
      const user = await this.users.tokenUser(secretHash(m[1]!));
      if (!user) throw new HttpError(401, 'unauthorized', 'the API token is unknown or revoked');
      return { user, via: 'token', csrfToken: null, sessionHash: null };
    }
    const cookie = req.cookies[SESSION_COOKIE];
    if (!cookie) return null;
    const hash = secretHash(cookie);
    const s = await this.users.session(hash);
    return s ? { user: s.user, via: 'session', csrfToken: s.csrfToken, sessionHash: hash } : null;
  }

  /** A cookie-authenticated write must echo the session's CSRF token: another site's form cannot. */
  checkCsrf(req: FastifyRequest, caller: Caller): void {
    if (caller.via !== 'session') return;
    const sent = req.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !caller.csrfToken || !sameSecret(sent, caller.csrfToken)) {
      throw new HttpError(403, 'csrf', `a write with a session cookie needs the session's CSRF token in the ${CSRF_HEADER} header`);
    }
  }

  async login(req: FastifyRequest, reply: FastifyReply, username: string, password: string): Promise<{ user: User; csrfToken: string; expiresAt: string }> {
    const keys = [`ip:${req.ip}`, `user:${username.toLowerCase()}`];
    const wait = this.limiter.retryAfter(keys);
    if (wait > 0) throw new HttpError(429, 'rate_limited', `too many failed logins; try again in ${wait} s`, { retryAfter: wait });
    const found = await this.users.userByName(username);
    // The same work whether or not the name exists, so timing does not tell.
    const ok = await verifyPassword(password, found?.passwordHash ?? (await decoyHash()));
    if (!found || !ok || found.user.disabledAt) {
      this.limiter.fail(keys);
      throw new HttpError(401, 'unauthorized', 'wrong user name or password');
    }
    // Only the name's count starts again: one good account must not reset an address's failures.
    this.limiter.succeed([keys[1]!]);
    const token = newSecret();
    const csrfToken = newSecret();
    const expiresAt = new Date(Date.now() + this.cfg.sessionHours * 3_600_000).toISOString();
    await this.users.createSession(found.user.id, secretHash(token), csrfToken, expiresAt);
    void reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      // Secure whenever the request came over TLS (directly, or through a trusted proxy).
      secure: req.protocol === 'https',
      expires: new Date(expiresAt),
    });
    return { user: found.user, csrfToken, expiresAt };
  }

  async logout(reply: FastifyReply, caller: Caller | null): Promise<void> {
    if (caller?.sessionHash) await this.users.deleteSession(caller.sessionHash);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }
}
