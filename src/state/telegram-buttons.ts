import { randomBytes } from 'node:crypto';
import { epochMs, systemClock, type Clock } from '#src/domain/clock.js';
import type { StateDb } from './db.js';

/**
 * Telegram's callback data holds 64 bytes, too few for the message a button stands for
 * ("/nhiemvu Sở Tư pháp trang 3"). The message stays here, under a short random token;
 * the button carries only the token, so nothing in it can be forged into a command.
 */
export type ButtonKind = 'choice' | 'page';

export interface StoredButton {
  token: string;
  kind: ButtonKind;
  chatId: string;
  /** Who the reply was for; null for notices sent by the bot on its own. */
  userId: string | null;
  /** The message that pressing sends, as if typed. */
  message: string;
  createdAt: number;
}

export interface TelegramButtons {
  save(button: Omit<StoredButton, 'token' | 'createdAt'>): string;
  /** The button behind a token, unless unknown or expired. */
  find(token: string): StoredButton | undefined;
  prune(): number;
}

/** 12 random bytes: 16 characters of base64url. */
export const BUTTON_TOKEN = /^[A-Za-z0-9_-]{16}$/;
const TTL_MS = 14 * 24 * 3600_000;
const PRUNE_EVERY_MS = 3600_000;

interface Row {
  token: string;
  kind: ButtonKind;
  chat_id: string;
  user_id: string | null;
  message: string;
  created_at: number;
}

export function telegramButtonsIn(db: StateDb, options: { clock?: Clock; ttlMs?: number } = {}): TelegramButtons {
  const clock = options.clock ?? systemClock();
  const now = () => epochMs(clock);
  const ttlMs = options.ttlMs ?? TTL_MS;
  db.exec(`CREATE TABLE IF NOT EXISTS telegram_buttons (
    token TEXT PRIMARY KEY, kind TEXT NOT NULL, chat_id TEXT NOT NULL, user_id TEXT,
    message TEXT NOT NULL, created_at INTEGER NOT NULL)`);
  db.exec('CREATE INDEX IF NOT EXISTS telegram_buttons_created ON telegram_buttons (created_at)');
  const insert = db.prepare(
    'INSERT INTO telegram_buttons (token, kind, chat_id, user_id, message, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const select = db.prepare<[string], Row>(
    'SELECT token, kind, chat_id, user_id, message, created_at FROM telegram_buttons WHERE token = ?',
  );
  const remove = db.prepare('DELETE FROM telegram_buttons WHERE created_at < ?');
  const prune = () => remove.run(now() - ttlMs).changes;
  let prunedAt = now();
  prune();
  return {
    save(button) {
      const token = randomBytes(12).toString('base64url');
      const at = now();
      insert.run(token, button.kind, button.chatId, button.userId, button.message, at);
      if (at - prunedAt > PRUNE_EVERY_MS) {
        prunedAt = at;
        prune();
      }
      return token;
    },
    find(token) {
      if (!BUTTON_TOKEN.test(token)) return undefined;
      const row = select.get(token);
      if (!row || row.created_at < now() - ttlMs) return undefined;
      return {
        token: row.token,
        kind: row.kind,
        chatId: row.chat_id,
        userId: row.user_id,
        message: row.message,
        createdAt: row.created_at,
      };
    },
    prune,
  };
}
