import { describe, expect, it } from 'vitest';
import { bucketOf, bucketStats } from '#src/domain/buckets.js';
import { makeTask } from '../support/tasks.js';

const today = '2024-06-15';

describe('the four customary buckets', () => {
  it('puts done tasks on time or late by completion date against deadline', () => {
    expect(bucketOf({ status: 'done', deadline: '2024-06-30', completedAt: '2024-06-30' }, today)).toBe('done_on_time');
    expect(bucketOf({ status: 'done', deadline: '2024-03-31', completedAt: '2024-04-01' }, today)).toBe('done_late');
    expect(bucketOf({ status: 'done', deadline: null, completedAt: '2024-04-01' }, today)).toBe('done_on_time');
  });

  it('puts open tasks on time until the deadline day has passed', () => {
    expect(bucketOf({ status: 'in_progress', deadline: '2024-06-15', completedAt: null }, today)).toBe('open_on_time');
    expect(bucketOf({ status: 'blocked', deadline: '2024-06-14', completedAt: null }, today)).toBe('open_overdue');
    expect(bucketOf({ status: 'not_started', deadline: null, completedAt: null }, today)).toBe('open_on_time');
  });

  it('counts the buckets and the overdue rate', () => {
    const stats = bucketStats(
      [
        makeTask({ id: 'a', status: 'done', deadline: '2024-03-31', completedAt: '2024-03-30' }),
        makeTask({ id: 'b', status: 'done', deadline: '2024-03-31', completedAt: '2024-04-02' }),
        makeTask({ id: 'c', status: 'in_progress', deadline: '2024-05-31' }),
        makeTask({ id: 'd', status: 'not_started', deadline: '2024-12-31' }),
      ],
      today,
    );
    expect(stats.counts).toEqual({ done_on_time: 1, done_late: 1, open_on_time: 1, open_overdue: 1 });
    expect(stats.total).toBe(4);
    expect(stats.overdueRate).toBe(0.5);
    expect(bucketStats([], today).overdueRate).toBe(0);
  });
});

describe("the end of a plan's recurring duties", () => {
  it('is the end of the single year a plan title names, and none otherwise', async () => {
    const { planEndDate } = await import('#src/domain/plan.js');
    expect(planEndDate({ title: 'Thực hiện công tác dân vận chính quyền năm 2024' })).toBe('2024-12-31');
    expect(planEndDate({ title: 'Đề án giai đoạn 2021 - 2025, năm 2024' })).toBeNull();
    expect(planEndDate({ title: 'Triển khai Nghị quyết số 94/NQ-CP ngày 19/6/2024' })).toBeNull();
  });
});
