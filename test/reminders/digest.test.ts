import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { fixedClock } from '#src/domain/clock.js';
import type { Task } from '#src/domain/task.js';
import { digestChartPng } from '#src/reminders/chart.js';
import { digestData } from '#src/reminders/digest.js';
import { recipientIndex } from '#src/reminders/recipients.js';
import { createAgencyLookup } from '#src/domain/agencies/index.js';
import { conversationFor } from '../support/conversation.js';
import { agency, reminderWorld } from './helpers.js';

/** The weekly digest over the demo plans with a few tasks finished, counted here by hand. */
const TODAY = '2024-06-17'; // a Monday
let dir: string;
let world: Awaited<ReturnType<typeof reminderWorld>>;

/** The four buckets, written out independently of src/domain/buckets.ts. */
function count(tasks: readonly Task[]) {
  const c = { onTime: 0, late: 0, open: 0, overdue: 0 };
  for (const t of tasks) {
    if (t.status === 'done') {
      if (t.deadline !== null && t.completedAt !== null && t.completedAt > t.deadline) c.late++;
      else c.onTime++;
    } else if (t.deadline !== null && t.deadline < TODAY) c.overdue++;
    else c.open++;
  }
  const total = tasks.length;
  const rate =
    total === 0 ? '0%' : `${(Math.round(((c.late + c.overdue) / total) * 1000) / 10).toString().replace('.', ',')}%`;
  return { ...c, total, rate };
}

async function finish(id: string, completedAt: string) {
  const at = DateTime.fromISO(`${completedAt}T10:00`, { zone: 'Asia/Ho_Chi_Minh' });
  const result = await world.store.updateTask({
    id,
    fields: {
      status: 'done',
      progress: 100,
      completedAt,
      updatedAt: at.toFormat('dd/MM/yyyy HH:mm'),
      updatedBy: 'test',
    },
    origin: { by: 'test', channel: 'console', message: 'xong', at },
  });
  expect(result.status).toBe('applied');
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dondoc-digest-'));
  world = await reminderWorld(dir, {
    demo: true,
    agencies: [agency('Sở Nội vụ', { telegram: ['1001'] }), agency('Sở Tư pháp', { telegram: ['1002'] })],
    env: { COORDINATORS: 'telegram:9999,telegram:@coordinator_name' },
  });
  await finish('TN60-01', '2024-04-10'); // late: due 31/3
  await finish('TN60-19', '2024-06-01'); // on time: due 30/9
  await finish('GL24-01', '2024-05-01'); // no deadline: on time
  world.state.subscriptions.add({
    channel: 'telegram',
    chatId: '-100777',
    title: 'Nhóm theo dõi',
    since: '2024-06-01T08:00:00+07:00',
  });
}, 60_000);

afterAll(async () => {
  await world.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the weekly digest', () => {
  it('gives coordinators and subscribed groups the four buckets and the overdue rate, counted right', async () => {
    const report = await world.run(`${TODAY}T08:00`, { reminders: false });
    const expected = count(world.store.snapshot().tasks);
    expect(expected.late).toBe(1);
    const digests = report.messages.filter((m) => m.kind === 'digest');
    expect(digests.map((m) => m.recipient).sort()).toEqual(['telegram:-100777', 'telegram:9999']); // @usernames cannot be written to first
    for (const m of digests) {
      expect(m.text).toContain(`Tổng số: ${expected.total} nhiệm vụ`);
      expect(m.text).toContain(`• Hoàn thành đúng hạn: ${expected.onTime}`);
      expect(m.text).toContain(`• Hoàn thành quá hạn: ${expected.late}`);
      expect(m.text).toContain(`• Đang thực hiện trong hạn: ${expected.open}`);
      expect(m.text).toContain(`• Quá hạn chưa hoàn thành: ${expected.overdue}`);
      expect(m.text).toContain(`Tỷ lệ quá hạn: ${expected.rate}`);
    }
    const noi = count(world.store.snapshot().tasks.filter((t) => t.lead.includes('Sở Nội vụ')));
    expect(digests[0]?.text).toContain(
      `• Sở Nội vụ: ${noi.total} việc — ${noi.onTime} đúng hạn, ${noi.late} trễ hạn, ${noi.open} trong hạn, ${noi.overdue} quá hạn (${noi.rate})`,
    );
  });

  it('lists the five most overdue tasks, what falls due this week, and for coordinators the agencies without a focal point', () => {
    const sent = (chat: string) => world.notifier.sent.find((s) => s.chatId === chat && s.reply)?.reply;
    const coordinators = sent('9999');
    const blocks = coordinators?.blocks ?? [];
    const mostOverdue = world.store
      .snapshot()
      .tasks.filter((t) => t.status !== 'done' && t.deadline !== null && t.deadline < TODAY)
      .sort((a, b) => (a.deadline ?? '').localeCompare(b.deadline ?? '') || a.id.localeCompare(b.id))
      .slice(0, 5)
      .map((t) => t.id);
    const lists = blocks.flatMap((b) =>
      b.type === 'tasks' ? [{ title: b.title, ids: b.tasks.map((t) => t.id) }] : [],
    );
    expect(lists[0]?.ids).toEqual(mostOverdue);
    expect(lists[1]?.title).toContain('Đến hạn trong tuần (17/06/2024 – 23/06/2024)');
    expect(lists[1]?.ids).toEqual(expect.arrayContaining(['TN60-03', 'KH24-02'])); // 19/6 and 20/6
    const text = (reply: typeof coordinators) =>
      (reply?.blocks ?? []).map((b) => ('text' in b ? b.text : '')).join('\n');
    expect(text(coordinators)).toContain('Cơ quan chưa có đầu mối nhận nhắc việc');
    expect(text(coordinators)).toContain('Sở Kế hoạch và Đầu tư');
    expect(text(coordinators)).not.toMatch(/Sở Nội vụ \(\d+ việc đang mở\)/); // it has one
    expect(text(sent('-100777'))).not.toContain('chưa có đầu mối');
  });

  it('sends the chart where the channel shows pictures', () => {
    const images = world.notifier.sent.filter((s) => s.image);
    expect(images.map((s) => s.chatId).sort()).toEqual(['-100777', '9999']);
    for (const s of images) expect(s.image?.bytes ?? 0).toBeGreaterThan(10_000);
  });

  it('writes the same statistics to the Tổng hợp tab', async () => {
    const [tab] = await world.store.backend.readTabs(['Tổng hợp']);
    expect(tab?.headers).toEqual([
      'Cơ quan',
      'Tổng số',
      'Hoàn thành đúng hạn',
      'Hoàn thành quá hạn',
      'Đang thực hiện trong hạn',
      'Quá hạn chưa hoàn thành',
      'Tỷ lệ quá hạn',
      'Cập nhật lúc',
      'Được gia hạn',
    ]);
    const all = count(world.store.snapshot().tasks);
    const row = (c: ReturnType<typeof count>) => [
      String(c.total),
      String(c.onTime),
      String(c.late),
      String(c.open),
      String(c.overdue),
      c.rate,
      '17/06/2024 08:00',
      '0',
    ];
    expect(tab?.rows[0]).toEqual(['Tổng cộng (mọi nhiệm vụ)', ...row(all)]);
    const noi = count(world.store.snapshot().tasks.filter((t) => t.lead.includes('Sở Nội vụ')));
    expect(tab?.rows.find((r) => r[0] === 'Sở Nội vụ')).toEqual(['Sở Nội vụ', ...row(noi)]);
    const lookup = createAgencyLookup(world.store.snapshot().agencies);
    const leads = new Set(world.store.snapshot().tasks.flatMap((t) => t.lead.map((l) => lookup.canonical(l))));
    expect(tab?.rows).toHaveLength(1 + leads.size);
  });

  it('goes out once a week: again on Wednesday sends nothing, next Monday sends again', async () => {
    expect((await world.run('2024-06-19T08:00', { reminders: false })).messages).toEqual([]);
    const next = await world.run('2024-06-24T08:00', { reminders: false });
    expect(next.messages.map((m) => m.recipient).sort()).toEqual(['telegram:-100777', 'telegram:9999']);
    expect(next.digestWeek).toBe('digest:2024-W26');
  });

  it('is what /baocao answers on demand', async () => {
    const chat = conversationFor(world.store, dir, { clock: fixedClock(`${TODAY}T15:00`) });
    const { text } = await chat.ask('/baocao');
    const digest = world.textsTo('9999')[0] ?? '';
    const body = (t: string) => t.split('\n').slice(1).join('\n'); // all but the title
    expect(body(text)).toBe(body(digest));
    const own = await chat.ask('/baocao', { role: { kind: 'focal', agency: 'Sở Tư pháp' } });
    expect(own.text).toContain('CỦA SỞ TƯ PHÁP');
    expect(own.text).not.toContain('Theo cơ quan chủ trì');
    chat.state.close();
  });

  it('draws a valid PNG chart', () => {
    const snapshot = world.store.snapshot();
    const lookup = createAgencyLookup(snapshot.agencies);
    const png = digestChartPng(
      digestData({ snapshot, agencies: lookup, today: TODAY, recipients: recipientIndex(snapshot, lookup) }),
    );
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(Buffer.from(png.slice(12, 16)).toString('ascii')).toBe('IHDR');
    expect(Buffer.from(png).readUInt32BE(16)).toBe(960);
    expect(png.length).toBeGreaterThan(20_000);
  });
});
