import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { StateDb } from './db.js';

/**
 * One-use actions offered in a reply ("Hoàn tác", "Ghi giá trị của tôi"): the reply carries
 * a short token, the change waits here. Only the person it was offered to may use it, and
 * only before it expires.
 */
export const ActionKind = z.enum(['undo', 'overwrite']);
export type ActionKind = z.infer<typeof ActionKind>;

export interface StoredAction {
  token: string;
  kind: ActionKind;
  owner: string;
  payload: unknown;
  expiresAt: string;
}

export interface Actions {
  offer(kind: ActionKind, owner: string, payload: unknown, expiresAt: string): string;
  /** Takes the action if it exists, belongs to `owner` and has not expired at `now`; once only. */
  take(
    token: string,
    owner: string,
    now: string,
  ): { ok: true; action: StoredAction } | { ok: false; reason: 'unknown' | 'not_yours' | 'expired' };
}

export const ActionToken = z.string().regex(/^[a-z0-9]{8}$/);

export function actionsIn(db: StateDb): Actions {
  db.exec(`CREATE TABLE IF NOT EXISTS actions (
    token TEXT PRIMARY KEY, kind TEXT NOT NULL, owner TEXT NOT NULL, payload TEXT NOT NULL,
    expires_at TEXT NOT NULL, used INTEGER NOT NULL DEFAULT 0)`);
  const insert = db.prepare('INSERT INTO actions (token, kind, owner, payload, expires_at) VALUES (?, ?, ?, ?, ?)');
  const find = db.prepare<
    [string],
    { token: string; kind: string; owner: string; payload: string; expires_at: string; used: number }
  >('SELECT token, kind, owner, payload, expires_at, used FROM actions WHERE token = ?');
  const use = db.prepare('UPDATE actions SET used = 1 WHERE token = ? AND used = 0');
  return {
    offer(kind, owner, payload, expiresAt) {
      const token = randomBytes(6)
        .toString('base64url')
        .toLowerCase()
        .replace(/[^a-z0-9]/g, 'x')
        .slice(0, 8);
      insert.run(token, kind, owner, JSON.stringify(payload), expiresAt);
      return token;
    },
    take(token, owner, now) {
      if (!ActionToken.safeParse(token).success) return { ok: false, reason: 'unknown' };
      const row = find.get(token);
      if (!row || row.used) return { ok: false, reason: 'unknown' };
      if (row.owner !== owner) return { ok: false, reason: 'not_yours' };
      if (row.expires_at < now) return { ok: false, reason: 'expired' };
      if (use.run(token).changes === 0) return { ok: false, reason: 'unknown' };
      return {
        ok: true,
        action: {
          token,
          kind: ActionKind.parse(row.kind),
          owner,
          payload: JSON.parse(row.payload) as unknown,
          expiresAt: row.expires_at,
        },
      };
    },
  };
}
