import { newTask, type Task } from '#src/domain/task.js';

/** A task with sensible defaults; tests state only what matters to them. */
export function makeTask(fields: Partial<Task> & Pick<Task, 'id'>): Task {
  return {
    ...newTask({
      id: fields.id,
      planKey: 'TN60',
      order: '1',
      kind: 'task',
      content: `Nội dung nhiệm vụ ${fields.id}`,
      lead: [],
      coordinating: [],
      deadlineText: '',
      deadline: null,
      recurrence: '',
    }),
    ...fields,
  };
}

export const DEMO_PLAN = {
  number: '60/KH-UBND',
  key: 'TN60',
  date: '2024-04-02',
  title: 'Thực hiện công tác dân vận của các cơ quan nhà nước năm 2024',
  issuer: 'UBND tỉnh Thái Nguyên',
  sourceFile: 'kh60.txt',
};
