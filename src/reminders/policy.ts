import type { Config } from '#src/config.js';

/** When reminders go out; from the environment (src/config.ts, .env.example). */
export interface ReminderPolicy {
  /** Milestones in working days before the deadline, e.g. [7, 3, 1, 0] (0 = the day itself). */
  daysBefore: readonly number[];
  /** Working days between two reminders about an overdue task; 0 = none. */
  overdueEvery: number;
  /** Unanswered overdue reminders after which the agency's group chat is told; 0 = never. */
  escalateAfter: number;
  /** Coordinators' addresses ("telegram:123", "zalo:abc"); @usernames cannot be messaged first. */
  coordinators: readonly string[];
  /** Zone of "today" and of the Ngày cập nhật cells. */
  zone: string;
}

export const DEFAULT_POLICY: ReminderPolicy = {
  daysBefore: [7, 3, 1, 0],
  overdueEvery: 3,
  escalateAfter: 3,
  coordinators: [],
  zone: 'Asia/Ho_Chi_Minh',
};

export function policyFromConfig(config: Config): ReminderPolicy {
  return {
    daysBefore: [...config.REMINDER_DAYS_BEFORE].sort((a, b) => b - a),
    overdueEvery: config.REMINDER_OVERDUE_EVERY,
    escalateAfter: config.REMINDER_ESCALATE_AFTER,
    coordinators: config.COORDINATORS,
    zone: config.TZ,
  };
}
