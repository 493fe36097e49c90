import { describe, expect, it } from 'vitest';
import { manualClock } from '#src/domain/clock.js';
import { openStateDb } from '#src/state/db.js';
import { plainSessionsIn } from '#src/state/plain-sessions.js';
import { useTempDirs } from '../support/temp.js';

const tempDir = useTempDirs();

describe('plain-text sessions kept in the state database', () => {
  it('reads back what was saved, per channel and chat, from a new connection', () => {
    const dir = tempDir();
    const db = openStateDb(dir);
    const sessions = plainSessionsIn(db, 'zalo');
    sessions.save('chat-1', { choices: [{ label: 'Duyệt', value: '/duyet abc' }], next: 'nhiệm vụ của STP trang 2' });
    sessions.save('chat-2', { choices: [{ label: 'Hoàn tác', value: '/hoantac x1' }] });
    db.close();

    const reopened = plainSessionsIn(openStateDb(dir), 'zalo');
    expect(reopened.load('chat-1')).toEqual({
      choices: [{ label: 'Duyệt', value: '/duyet abc' }],
      next: 'nhiệm vụ của STP trang 2',
    });
    expect(reopened.load('chat-2')?.choices[0]?.value).toBe('/hoantac x1');
    expect(reopened.load('chat-3')).toBeNull();
    expect(plainSessionsIn(openStateDb(dir), 'console').load('chat-1')).toBeNull();
  });

  it('forgets a session when nothing is offered any more, and after a week', () => {
    const clock = manualClock('2024-06-15T09:00:00');
    const sessions = plainSessionsIn(openStateDb(tempDir()), 'zalo', { clock });
    sessions.save('a', { choices: [{ label: '1', value: '/xem TN60-01' }] });
    sessions.save('b', { choices: [{ label: '1', value: '/xem TN60-02' }] });
    sessions.save('a', { choices: [] });
    expect(sessions.load('a')).toBeNull();
    clock.advance(8 * 24 * 3600_000);
    expect(sessions.load('b')).toBeNull();
    expect(sessions.prune()).toBe(1);
  });

  it('treats a row it cannot read as no session', () => {
    const db = openStateDb(tempDir());
    const sessions = plainSessionsIn(db, 'zalo');
    db.prepare('INSERT INTO plain_sessions (channel, chat_id, state, saved_at) VALUES (?, ?, ?, ?)').run(
      'zalo',
      'x',
      '{not json',
      Date.now(),
    );
    db.prepare('INSERT INTO plain_sessions (channel, chat_id, state, saved_at) VALUES (?, ?, ?, ?)').run(
      'zalo',
      'y',
      '{"choices":"no"}',
      Date.now(),
    );
    expect(sessions.load('x')).toBeNull();
    expect(sessions.load('y')).toBeNull();
  });
});
