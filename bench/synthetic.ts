import type { Task } from '#src/domain/task.js';

const LEADS = [
  'Sở Nội vụ',
  'Sở Tư pháp',
  'Sở Tài chính',
  'Sở Y tế',
  'Sở Giáo dục và Đào tạo',
  'Sở Xây dựng',
  'Sở Công Thương',
  'Thanh tra tỉnh',
  'Công an tỉnh',
  'Văn phòng UBND tỉnh',
  'Các sở, ban, ngành',
  'UBND các huyện, thành phố',
];
const STATUSES = ['not_started', 'in_progress', 'blocked', 'done'] as const;

/** Deterministic synthetic tasks spread over agencies, deadlines and statuses. */
export function syntheticTasks(count: number): Task[] {
  const tasks: Task[] = [];
  for (let i = 1; i <= count; i++) {
    const month = (i % 12) + 1;
    const status = STATUSES[i % STATUSES.length] ?? 'not_started';
    tasks.push({
      id: `BM${Math.floor(i / 1000)}-${String(i % 1000).padStart(3, '0')}`,
      planKey: `BM${Math.floor(i / 1000)}`,
      order: String(i),
      kind: i % 17 === 0 ? 'report' : 'task',
      content: `Triển khai nội dung số ${i} của kế hoạch, phối hợp các cơ quan liên quan và báo cáo kết quả thực hiện.`,
      lead: [LEADS[i % LEADS.length] ?? 'Sở Nội vụ'],
      coordinating: [LEADS[(i * 7 + 3) % LEADS.length] ?? 'Sở Tư pháp'],
      deadlineText: `Tháng ${month}/2024`,
      deadline: `2024-${String(month).padStart(2, '0')}-28`,
      recurrence: '',
      status,
      progress: status === 'done' ? 100 : (i * 13) % 90,
      lastUpdate: '',
      updatedAt: '',
      updatedBy: '',
      completedAt: status === 'done' ? `2024-${String(month).padStart(2, '0')}-20` : null,
      confirmation: '',
      note: '',
    });
  }
  return tasks;
}
