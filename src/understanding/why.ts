import type { Explained, Why } from './types.js';

/**
 * What decided a reading, for a person (`dondoc explain --why`): the model and its score, the
 * rules' reading when it differs, the named rule or check, and whether the bot would ask before
 * writing. Vietnamese first, English after the dot. RULES says what each named rule or check
 * (decide.ts, safety.ts) means, in a sentence.
 */
const RULES: Record<string, string> = {
  'search-by-content': "tìm nhiệm vụ theo nội dung (a search by a task's words)",
  'model-unsure': 'mô hình chưa đủ chắc chắn nên theo quy tắc (the model was unsure: the rules decided)',
  'slash-command': 'lệnh có dấu gạch chéo, đọc theo đúng cú pháp (a slash command, read by its syntax)',
  'update-needs-task-and-status':
    'không có mã nhiệm vụ hoặc trạng thái nên không phải báo cáo (no task or no status: not an update)',
  'question-is-not-update': 'là câu hỏi, không ghi vào bảng (a question is never written)',
  'one-task-per-update':
    'nhắc nhiều nhiệm vụ cùng lúc, không phải báo cáo một việc (several tasks: a summary, not a report)',
  'extension-is-not-update': 'là đề nghị gia hạn, không phải báo cáo tiến độ (an extension request, not an update)',
  hearsay: 'là lời kể lại của người khác (hearsay)',
  'promise-to-report': 'là lời hứa sẽ báo cáo sau (a promise to report later)',
  'plan-for-later': 'là dự định, chưa phải tình hình hiện tại (a plan, nothing about now)',
  'quoted-record': 'là trích dẫn một văn bản (a quoted record)',
  condition: 'là một điều kiện, chưa phải báo cáo (a condition, not a report)',
  joke: 'là câu đùa (a joke)',
};

export function whyLines(u: Explained): string[] {
  const why: Why = u.why;
  const lines: string[] = [];
  if (why.score !== null && why.modelIntent)
    lines.push(
      `mô hình: ${why.modelIntent} (${Math.round(why.score * 100)}%) · model: ${why.modelIntent}, score ${why.score}`,
    );
  if (why.ruleIntent && why.ruleIntent !== why.modelIntent)
    lines.push(`quy tắc đọc là: ${why.ruleIntent} · the rules read: ${why.ruleIntent}`);
  if (why.rule) lines.push(`quy tắc «${why.rule}»: ${RULES[why.rule] ?? why.rule}`);
  lines.push(`quyết định bởi: ${why.by === 'model' ? 'mô hình (the model)' : 'quy tắc (a rule)'}`);
  if (u.intent === 'status_update') {
    lines.push(
      u.confirm
        ? 'sẽ hỏi lại trước khi ghi vào bảng · would ask before writing'
        : 'sẽ ghi vào bảng ngay · would write at once',
    );
  }
  return lines;
}
