import type { Channel } from '#src/chat/message.js';
import type { StateDb } from './db.js';

/** Group chats that asked for the weekly digest (/theodoi). */
export interface Subscription {
  channel: Channel;
  chatId: string;
  title: string;
  since: string;
}

export interface Subscriptions {
  add(subscription: Subscription): boolean;
  remove(channel: Channel, chatId: string): boolean;
  list(): Subscription[];
}

export function subscriptionsIn(db: StateDb): Subscriptions {
  db.exec(`CREATE TABLE IF NOT EXISTS subscriptions (
    channel TEXT NOT NULL, chat_id TEXT NOT NULL, title TEXT NOT NULL, since TEXT NOT NULL,
    PRIMARY KEY (channel, chat_id))`);
  const insert = db.prepare('INSERT OR IGNORE INTO subscriptions (channel, chat_id, title, since) VALUES (?, ?, ?, ?)');
  const remove = db.prepare('DELETE FROM subscriptions WHERE channel = ? AND chat_id = ?');
  const all = db.prepare<[], { channel: Channel; chat_id: string; title: string; since: string }>(
    'SELECT channel, chat_id, title, since FROM subscriptions ORDER BY since',
  );
  return {
    add: (s) => insert.run(s.channel, s.chatId, s.title, s.since).changes > 0,
    remove: (channel, chatId) => remove.run(channel, chatId).changes > 0,
    list: () => all.all().map((r) => ({ channel: r.channel, chatId: r.chat_id, title: r.title, since: r.since })),
  };
}
