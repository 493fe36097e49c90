import type { Channel } from '#src/chat/message.js';
import type { StateDb } from './db.js';

/** Requests to become an agency's focal point, waiting for a coordinator (/dangky → /duyet, /tuchoi). */
export interface Registration {
  id: number;
  channel: Channel;
  userId: string;
  name: string;
  agency: string;
  requestedAt: string;
  status: 'pending' | 'approved' | 'refused';
}

export interface Registrations {
  request(r: Omit<Registration, 'id' | 'status'>): { registration: Registration; isNew: boolean };
  pending(): Registration[];
  get(id: number): Registration | null;
  decide(id: number, status: 'approved' | 'refused'): boolean;
  /** How many requests this person has waiting, and has made since `sinceIso` (to limit them). */
  countOf(channel: Channel, userId: string, sinceIso: string): { pending: number; recent: number };
}

interface Row {
  id: number;
  channel: Channel;
  user_id: string;
  name: string;
  agency: string;
  requested_at: string;
  status: Registration['status'];
}

const toRegistration = (r: Row): Registration => ({
  id: r.id,
  channel: r.channel,
  userId: r.user_id,
  name: r.name,
  agency: r.agency,
  requestedAt: r.requested_at,
  status: r.status,
});

export function registrationsIn(db: StateDb): Registrations {
  db.exec(`CREATE TABLE IF NOT EXISTS registrations (
    id INTEGER PRIMARY KEY AUTOINCREMENT, channel TEXT NOT NULL, user_id TEXT NOT NULL, name TEXT NOT NULL,
    agency TEXT NOT NULL, requested_at TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'pending')`);
  const open = db.prepare<[string, string, string], Row>(
    "SELECT * FROM registrations WHERE channel = ? AND user_id = ? AND agency = ? AND status = 'pending'",
  );
  const insert = db.prepare(
    'INSERT INTO registrations (channel, user_id, name, agency, requested_at) VALUES (?, ?, ?, ?, ?)',
  );
  const byId = db.prepare<[number], Row>('SELECT * FROM registrations WHERE id = ?');
  const pending = db.prepare<[], Row>("SELECT * FROM registrations WHERE status = 'pending' ORDER BY id");
  const decide = db.prepare("UPDATE registrations SET status = ? WHERE id = ? AND status = 'pending'");
  const counts = db.prepare<[string, string, string], { pending: number | null; recent: number | null }>(
    "SELECT SUM(status = 'pending') AS pending, SUM(requested_at >= ?) AS recent FROM registrations WHERE channel = ? AND user_id = ?",
  );
  return {
    request(r) {
      const existing = open.get(r.channel, r.userId, r.agency);
      if (existing) return { registration: toRegistration(existing), isNew: false };
      const id = Number(insert.run(r.channel, r.userId, r.name, r.agency, r.requestedAt).lastInsertRowid);
      const row = byId.get(id);
      if (!row) throw new Error('registration vanished');
      return { registration: toRegistration(row), isNew: true };
    },
    pending: () => pending.all().map(toRegistration),
    get: (id) => {
      const row = byId.get(id);
      return row ? toRegistration(row) : null;
    },
    decide: (id, status) => decide.run(status, id).changes > 0,
    countOf(channel, userId, sinceIso) {
      const row = counts.get(sinceIso, channel, userId);
      return { pending: row?.pending ?? 0, recent: row?.recent ?? 0 };
    },
  };
}
