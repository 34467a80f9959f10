// People, sessions and API tokens in the SQLite file, beside the record they work on.
import type Database from 'better-sqlite3';
import type { ApiToken, Role, User, UserStore } from '../store.js';

interface UserSql {
  id: number;
  username: string;
  role: Role;
  created_at: string;
  disabled_at: string | null;
  password_hash: string;
}

interface TokenSql {
  id: number;
  user_id: number;
  name: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

const userOf = (r: UserSql): User => ({ id: r.id, username: r.username, role: r.role, createdAt: r.created_at, disabledAt: r.disabled_at });
const tokenOf = (r: TokenSql): ApiToken => ({
  id: r.id,
  userId: r.user_id,
  name: r.name,
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
});

export class SqliteUsers implements UserStore {
  private readonly s;

  constructor(db: Database.Database) {
    this.s = {
      count: db.prepare('SELECT count(*) FROM users').pluck(),
      insert: db.prepare('INSERT OR IGNORE INTO users (username, role, password_hash, created_at) VALUES (?, ?, ?, ?)'),
      byName: db.prepare('SELECT * FROM users WHERE username = ?'),
      byId: db.prepare('SELECT * FROM users WHERE id = ?'),
      all: db.prepare('SELECT * FROM users ORDER BY id'),
      setRole: db.prepare('UPDATE users SET role = ? WHERE id = ?'),
      setPassword: db.prepare('UPDATE users SET password_hash = ? WHERE id = ?'),
      setDisabled: db.prepare('UPDATE users SET disabled_at = ? WHERE id = ?'),
      insertSession: db.prepare('INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)'),
      session: db.prepare(
        `SELECT u.*, s.csrf_token, s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id
          WHERE s.token_hash = ? AND s.expires_at > ? AND u.disabled_at IS NULL`,
      ),
      deleteSession: db.prepare('DELETE FROM sessions WHERE token_hash = ?'),
      deleteSessionsOf: db.prepare('DELETE FROM sessions WHERE user_id = ?'),
      deleteExpired: db.prepare('DELETE FROM sessions WHERE expires_at <= ?'),
      insertToken: db.prepare('INSERT INTO api_tokens (user_id, name, token_hash, created_at) VALUES (?, ?, ?, ?)'),
      tokenById: db.prepare('SELECT * FROM api_tokens WHERE id = ?'),
      tokenUser: db.prepare(
        `SELECT u.*, t.id AS token_id, t.last_used_at AS token_used_at FROM api_tokens t JOIN users u ON u.id = t.user_id
          WHERE t.token_hash = ? AND t.revoked_at IS NULL AND u.disabled_at IS NULL`,
      ),
      // At most once a minute: a script's every request need not be a write.
      touchToken: db.prepare('UPDATE api_tokens SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)'),
      tokens: db.prepare('SELECT * FROM api_tokens WHERE (? IS NULL OR user_id = ?) ORDER BY id'),
      revoke: db.prepare('UPDATE api_tokens SET revoked_at = coalesce(revoked_at, ?) WHERE id = ?'),
    };
  }

  async countUsers(): Promise<number> {
    return this.s.count.get() as number;
  }

  async createUser(username: string, role: Role, passwordHash: string): Promise<User | null> {
    const r = this.s.insert.run(username, role, passwordHash, new Date().toISOString());
    return r.changes === 0 ? null : this.userById(Number(r.lastInsertRowid));
  }

  async userByName(username: string): Promise<{ user: User; passwordHash: string } | null> {
    const r = this.s.byName.get(username) as UserSql | undefined;
    return r ? { user: userOf(r), passwordHash: r.password_hash } : null;
  }

  async userById(id: number): Promise<User | null> {
    const r = this.s.byId.get(id) as UserSql | undefined;
    return r ? userOf(r) : null;
  }

  async listUsers(): Promise<readonly User[]> {
    return (this.s.all.all() as UserSql[]).map(userOf);
  }

  async updateUser(id: number, change: { role?: Role; passwordHash?: string; disabled?: boolean }): Promise<User | null> {
    if (change.role) this.s.setRole.run(change.role, id);
    if (change.passwordHash) {
      this.s.setPassword.run(change.passwordHash, id);
      // A new password ends every session the old one opened.
      this.s.deleteSessionsOf.run(id);
    }
    if (change.disabled !== undefined) {
      this.s.setDisabled.run(change.disabled ? new Date().toISOString() : null, id);
      if (change.disabled) this.s.deleteSessionsOf.run(id);
    }
    return this.userById(id);
  }

  async createSession(userId: number, tokenHash: string, csrfToken: string, expiresAt: string): Promise<void> {
    const now = new Date().toISOString();
    this.s.deleteExpired.run(now);
    this.s.insertSession.run(tokenHash, userId, csrfToken, now, expiresAt);
  }

  async session(tokenHash: string): Promise<{ user: User; csrfToken: string; expiresAt: string } | null> {
    const r = this.s.session.get(tokenHash, new Date().toISOString()) as (UserSql & { csrf_token: string; expires_at: string }) | undefined;
    return r ? { user: userOf(r), csrfToken: r.csrf_token, expiresAt: r.expires_at } : null;
  }

  async deleteSession(tokenHash: string): Promise<void> {
    this.s.deleteSession.run(tokenHash);
  }

  async createToken(userId: number, name: string, tokenHash: string): Promise<ApiToken> {
    const id = Number(this.s.insertToken.run(userId, name, tokenHash, new Date().toISOString()).lastInsertRowid);
    return tokenOf(this.s.tokenById.get(id) as TokenSql);
  }

  async tokenUser(tokenHash: string): Promise<User | null> {
    const r = this.s.tokenUser.get(tokenHash) as (UserSql & { token_id: number; token_used_at: string | null }) | undefined;
    if (!r) return null;
    // Written at most once a minute, and only then is the statement run: even an update that changes no row
    // takes the database's write lock, for every request a script sends.
    const minuteAgo = new Date(Date.now() - 60_000).toISOString();
    if (r.token_used_at === null || r.token_used_at < minuteAgo) this.s.touchToken.run(new Date().toISOString(), r.token_id, minuteAgo);
    return userOf(r);
  }

  async listTokens(userId: number | null): Promise<readonly ApiToken[]> {
    return (this.s.tokens.all(userId, userId) as TokenSql[]).map(tokenOf);
  }

  async revokeToken(id: number): Promise<ApiToken | null> {
    this.s.revoke.run(new Date().toISOString(), id);
    const r = this.s.tokenById.get(id) as TokenSql | undefined;
    return r ? tokenOf(r) : null;
  }
}
