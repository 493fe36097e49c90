/**
 * What a question for a list of tasks says besides its agency, read the same way whether the
 * rules (list-question.ts), the intent model (slots.ts) or a slash command decided the intent.
 */

/** The period of «sắp đến hạn» when the message names none: the next week. */
export const DEFAULT_DUE_DAYS = 7;

/** "còn việc gì", "chưa xong", "đang dở": what is left, not everything ever given. */
export const OPEN_ONLY =
  /\b(?:chua (?:xong|hoan thanh|ht|lam|thuc hien|trien khai|ket thuc)|dang do|do dang|con (?:nhung |cac )?(?:viec|nv|nhiem vu|gi|nao|phan viec|dau viec|noi dung|lai|ton))\b/;

/** "kế hoạch 60", "KH số 60": one plan, not a number of days, months or a percentage. */
export const PLAN = /\b(?:ke hoach|kh) ?(?:so )?(\d{1,4})\b(?! ?(?:ngay|thang|nam|%))/;
