import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { Agency } from '#src/domain/agency.js';
import type { Task } from '#src/domain/task.js';
import { createWorkingCalendar } from '#src/domain/working-days.js';
import { DEFAULT_POLICY } from '#src/reminders/policy.js';
import { planReminders } from '#src/reminders/planner.js';
import { sentLogView, type SentEntry } from '#src/state/reminder-log.js';
import { agencyToRecord, taskToRecord, toHeaders } from '#src/store/rows.js';
import { buildSnapshot } from '#src/store/snapshot.js';
import { loadTemplate } from '#src/store/template.js';
import { createAgencyLookup } from '#src/domain/agencies/index.js';
import { makeTask } from '../support/tasks.js';
import { agency } from './helpers.js';

/** The planner alone: plain data in, messages out. */
const template = loadTemplate();
function snapshotOf(tasks: Task[], agencies: Agency[]) {
  const tab = (key: 'tasks' | 'agencies', records: Array<Record<string, string>>) => {
    const t = template.tab(key);
    const headers = t.columns.map((c) => c.header);
    return { name: t.name, headers, rows: records.map((r) => headers.map((h) => toHeaders(t, r)[h] ?? '')) };
  };
  return buildSnapshot(template, '1', [
    tab('tasks', tasks.map(taskToRecord)),
    tab('agencies', agencies.map(agencyToRecord)),
  ]);
}

const calendar = createWorkingCalendar();
const at = (iso: string) => DateTime.fromISO(iso, { zone: 'Asia/Ho_Chi_Minh' });
const AGENCIES = [agency('Sở Tư pháp', { telegram: ['1002'], zalo: ['z-stp'] })];
const due = (id: string, deadline: string, fields: Partial<Task> = {}) =>
  makeTask({ id, planKey: 'RM99', deadline, deadlineText: deadline, lead: ['Sở Tư pháp'], ...fields });

function plan(tasks: Task[], when: string, sent: SentEntry[] = []) {
  const snapshot = snapshotOf(tasks, AGENCIES);
  return planReminders({
    snapshot,
    agencies: createAgencyLookup(snapshot.agencies),
    now: at(when),
    policy: DEFAULT_POLICY,
    calendar,
    sent: sentLogView(sent),
  });
}

describe('the reminder planner', () => {
  it('combines a recipient’s tasks in one message with one-tap update choices, on each channel', () => {
    const tasks = [due('RM99-01', '2024-06-14'), due('RM99-02', '2024-06-13'), due('RM99-03', '2024-06-10')];
    const result = plan(tasks, '2024-06-13T08:00');
    expect(result.messages.map((m) => `${m.to.channel}:${m.to.chatId}`)).toEqual(['telegram:1002', 'zalo:z-stp']);
    const message = result.messages[0];
    expect(message?.taskIds).toEqual(['RM99-03', 'RM99-02', 'RM99-01']); // overdue first, then by time left
    expect(message?.reply.choices?.slice(0, 2)).toEqual([
      { label: 'RM99-03: Hoàn thành', value: '/capnhat RM99-03 hoàn thành' },
      { label: 'RM99-03: Đang thực hiện', value: '/capnhat RM99-03 đang thực hiện' },
    ]);
    expect(message?.log.map((l) => l.milestone)).toEqual([
      'overdue:2024-06-10:2024-06-13',
      'due:2024-06-13:0',
      'due:2024-06-14:1',
    ]);
  });

  it('is pure: the same input gives the same plan, and what was sent is not planned again', () => {
    const tasks = [due('RM99-01', '2024-06-14')];
    const first = plan(tasks, '2024-06-13T08:00');
    expect(plan(tasks, '2024-06-13T08:00')).toEqual(first);
    const sent = first.messages.flatMap((m) => m.log).map((l) => ({ ...l, sentAt: '2024-06-13T01:00:00.000Z' }));
    expect(plan(tasks, '2024-06-13T17:00', sent).messages).toEqual([]);
    expect(plan(tasks, '2024-06-14T08:00', sent).messages).toHaveLength(2);
  });

  it('leaves out finished tasks, requests to bodies the plan cannot order, and days off', () => {
    const tasks = [
      due('RM99-01', '2024-06-14', { status: 'done', completedAt: '2024-06-01' }),
      due('RM99-02', '2024-06-14', { kind: 'request' }),
    ];
    expect(plan(tasks, '2024-06-13T08:00').messages).toEqual([]);
    const weekend = plan([due('RM99-03', '2024-06-17')], '2024-06-15T08:00');
    expect(weekend).toMatchObject({ dayOff: 'Thứ Bảy', messages: [] });
  });

  it('keeps a long list to one readable message', () => {
    const tasks = Array.from({ length: 40 }, (_, i) => due(`RM99-${String(i + 1).padStart(2, '0')}`, '2024-06-14'));
    const [message] = plan(tasks, '2024-06-14T08:00').messages;
    expect(message?.taskIds).toHaveLength(40);
    const listed = (message?.reply.blocks ?? []).flatMap((b) => (b.type === 'tasks' ? b.tasks : []));
    expect(listed).toHaveLength(15);
    expect(message?.reply.blocks.some((b) => b.type === 'text' && b.text.includes('… và 25 nhiệm vụ khác'))).toBe(true);
    expect(message?.reply.choices).toHaveLength(10);
  });

  it('reminds a recurring report duty before each occurrence and never as overdue', () => {
    const report = makeTask({
      id: 'RM99-09',
      planKey: 'RM99',
      kind: 'report',
      recurrence: 'Hằng tháng, trước ngày 14',
      lead: ['Sở Tư pháp'],
    });
    expect(plan([report], '2024-06-14T08:00').messages[0]?.log[0]?.milestone).toBe('due:2024-06-14:0');
    expect(plan([report], '2024-06-17T08:00').messages).toEqual([]); // next: 14/7
    expect(plan([report], '2024-07-03T08:00').messages[0]?.log[0]?.milestone).toBe('due:2024-07-14:7'); // 14/7 is a Sunday
  });

  it('rule «weekly-reminders»: a weekly report is reminded the working day before and on the day only', () => {
    const report = makeTask({
      id: 'RM99-10',
      planKey: 'RM99',
      kind: 'report',
      recurrence: 'Hằng tuần, thứ Sáu',
      lead: ['Sở Tư pháp'],
    });
    // The week of Monday 10/6/2024: nothing Monday to Wednesday, then Thursday and Friday.
    const milestones = ['10', '11', '12', '13', '14'].map(
      (day) => plan([report], `2024-06-${day}T08:00`).messages[0]?.log[0]?.milestone ?? null,
    );
    expect(milestones).toEqual([null, null, null, 'due:2024-06-14:1', 'due:2024-06-14:0']);
    // The next week it starts again, and a missed Friday is never nagged as overdue.
    expect(plan([report], '2024-06-17T08:00').messages).toEqual([]);
    expect(plan([report], '2024-06-20T08:00').messages[0]?.log[0]?.milestone).toBe('due:2024-06-21:1');
  });
});
