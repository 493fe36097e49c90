import { createInterface } from 'node:readline';
import type { Logger } from 'pino';
import { COMMANDS } from '#commands/index.js';
import type { Config } from '#src/config.js';
import { slashIntents } from '#src/conversation/engine.js';
import { STATUS_LABELS } from '#src/domain/status.js';
import { formatDate } from '#src/domain/clock.js';
import { createApp } from '#src/app.js';
import { Explained, type Why } from '#src/understanding/types.js';
import { understandMessage } from '#src/understanding/understand.js';

/**
 * `dondoc explain "<message>" [--json] [--why]`: how the bot understood a message, without acting
 * on it: `--json` adds whether it would ask before writing (`confirm`) and what decided (`why`);
 * `--why` says the same for a person. With no message, one message per standard-input line.
 */
export async function runExplainCommand(config: Config, logger: Logger, messages: string[], flags: { json: boolean; why?: boolean }): Promise<number> {
  const app = await createApp(config, logger);
  try {
    const slash = slashIntents(COMMANDS);
    const explain = (message: string): string => {
      const parsed = understandMessage(message, { agencies: app.agencies(), now: () => app.clock.now(), slash });
      const result = Explained.parse(parsed);
      if (flags.json) return JSON.stringify(result);
      return flags.why ? [describe(result), ...whyLines(result)].join('\n') : describe(result);
    };
    if (messages.length > 0) {
      process.stdout.write(`${explain(messages.join(' '))}\n`);
      return 0;
    }
    for await (const line of createInterface({ input: process.stdin })) {
      if (line.trim() !== '') process.stdout.write(`${explain(line)}\n`);
    }
    return 0;
  } finally {
    await app.close();
  }
}

function describe(u: Explained): string {
  return [
    `ý định: ${u.intent}`,
    ...(u.agency ? [`cơ quan: ${u.agency}`] : []),
    ...(u.taskRef ? [`nhiệm vụ: ${u.taskRef}`] : []),
    ...(u.status ? [`trạng thái: ${STATUS_LABELS[u.status]}`] : []),
    ...(u.progress !== null ? [`tiến độ: ${u.progress}%`] : []),
    ...(u.period ? [`thời gian: ${formatDate(u.period.from)} – ${formatDate(u.period.to)}`] : []),
    ...(u.newDate ? [`xin gia hạn đến: ${formatDate(u.newDate)}`] : []),
  ].join(' · ');
}

/** What a named rule or veto means, in a sentence (ids from understanding/decide.ts and safety.ts). */
const RULES: Record<string, string> = {
  'model-unsure': 'mô hình chưa đủ chắc chắn nên theo quy tắc (the model was unsure: the rules decided)',
  'slash-command': 'lệnh có dấu gạch chéo, đọc theo đúng cú pháp (a slash command, read by its syntax)',
  'update-needs-task-and-status': 'không có mã nhiệm vụ hoặc trạng thái nên không phải báo cáo (no task or no status: not an update)',
  'question-is-not-update': 'là câu hỏi, không ghi vào bảng (a question is never written)',
  'one-task-per-update': 'nhắc nhiều nhiệm vụ cùng lúc, không phải báo cáo một việc (several tasks: a summary, not a report)',
  'extension-is-not-update': 'là đề nghị gia hạn, không phải báo cáo tiến độ (an extension request, not an update)',
  hearsay: 'là lời kể lại của người khác (hearsay)',
  'promise-to-report': 'là lời hứa sẽ báo cáo sau (a promise to report later)',
  'plan-for-later': 'là dự định, chưa phải tình hình hiện tại (a plan, nothing about now)',
  'quoted-record': 'là trích dẫn một văn bản (a quoted record)',
};

export function whyLines(u: Explained): string[] {
  const why: Why = u.why;
  const lines: string[] = [];
  if (why.score !== null && why.modelIntent) lines.push(`mô hình: ${why.modelIntent} (${Math.round(why.score * 100)}%) · model: ${why.modelIntent}, score ${why.score}`);
  if (why.ruleIntent && why.ruleIntent !== why.modelIntent) lines.push(`quy tắc đọc là: ${why.ruleIntent} · the rules read: ${why.ruleIntent}`);
  if (why.rule) lines.push(`quy tắc «${why.rule}»: ${RULES[why.rule] ?? why.rule}`);
  lines.push(`quyết định bởi: ${why.by === 'model' ? 'mô hình (the model)' : 'quy tắc (a rule)'}`);
  if (u.intent === 'status_update') {
    lines.push(u.confirm ? 'sẽ hỏi lại trước khi ghi vào bảng · would ask before writing' : 'sẽ ghi vào bảng ngay · would write at once');
  }
  return lines;
}
