import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { manualClock } from '#src/domain/clock.js';
import { openBotState } from '#src/state/bot-state.js';
import { openOutbox, OUTBOX_KEEP_MS } from '#src/store/outbox.js';
import { useTempDirs } from '../support/temp.js';

/** One Clock for every table that keeps instants: pruning is tested by moving it, not by waiting. */
const tempDir = useTempDirs();
const DAY = 24 * 3600_000;

describe('pruning by the clock', () => {
  it('drops the outbox entries applied more than a week ago, never a pending one', () => {
    const dir = tempDir();
    const path = join(dir, 'outbox.sqlite');
    const clock = manualClock('2024-06-15T09:00:00');
    const update = (key: string) => ({
      update: { tab: 'Nhiệm vụ', keyHeader: 'Mã', key, cells: { 'Trạng thái': 'Hoàn thành' } },
    });
    const outbox = openOutbox(path, 'sheet-1', { clock });
    const applied = outbox.enqueue(update('TN60-01'));
    outbox.enqueue(update('TN60-02'));
    outbox.settle(applied.id, { status: 'applied', previous: {} });
    expect(applied.createdAt).toBe('2024-06-15T02:00:00.000Z');
    outbox.close();

    const rows = () => {
      const db = new Database(path, { readonly: true });
      const keys = db
        .prepare<[], { status: string }>('SELECT status FROM outbox ORDER BY id')
        .all()
        .map((row) => row.status);
      db.close();
      return keys;
    };
    clock.advance(OUTBOX_KEEP_MS - DAY);
    openOutbox(path, 'sheet-1', { clock }).close();
    expect(rows()).toEqual(['applied', 'pending']);

    clock.advance(2 * DAY);
    const reopened = openOutbox(path, 'sheet-1', { clock });
    expect(rows()).toEqual(['pending']);
    expect(reopened.pending().map((entry) => entry.change.update.key)).toEqual(['TN60-02']);
    reopened.close();
  });

  it('gives the bot state tables the same clock: seen messages and offered choices expire as it moves', () => {
    const clock = manualClock('2024-06-15T09:00:00');
    const state = openBotState(tempDir(), clock);
    expect(state.zaloSeen.firstTime('chat-1', 'm1')).toBe(true);
    expect(state.telegramUpdates.firstTime(1, 100)).toBe(true);
    state.plainSessions('zalo').save('chat-1', { choices: [{ label: '1', value: '/xem TN60-01' }] });
    const token = state.telegramButtons.save({ kind: 'choice', chatId: '1', userId: '1', message: '/xem TN60-01' });

    clock.advance(2 * DAY);
    expect([
      state.zaloSeen.prune(),
      state.telegramUpdates.prune(),
      state.plainSessions('zalo').prune(),
      state.telegramButtons.prune(),
    ]).toEqual([0, 0, 0, 0]);
    expect(state.zaloSeen.firstTime('chat-1', 'm1')).toBe(false);

    clock.advance(2 * DAY); // 4 days: Zalo forgets after 3
    expect(state.zaloSeen.prune()).toBe(1);
    expect(state.zaloSeen.firstTime('chat-1', 'm1')).toBe(true);

    clock.advance(4 * DAY); // 8 days: sessions and Telegram update ids after 7
    expect(state.plainSessions('zalo').load('chat-1')).toBeNull();
    expect(state.telegramUpdates.prune()).toBe(1);
    expect(state.telegramButtons.find(token)?.message).toBe('/xem TN60-01');

    clock.advance(7 * DAY); // 15 days: buttons after 14
    expect(state.telegramButtons.find(token)).toBeUndefined();
    expect(state.telegramButtons.prune()).toBe(1);
    state.close();
  });
});
