import { createInterface } from 'node:readline';
import type { Logger } from 'pino';
import { COMMANDS } from '#commands/index.js';
import type { Config } from '#src/config.js';
import { slashIntents } from '#src/conversation/engine.js';
import { STATUS_LABELS } from '#src/domain/status.js';
import { formatDate } from '#src/domain/clock.js';
import { createApp } from '#src/app.js';
import { Explained } from '#src/understanding/types.js';
import { whyLines } from '#src/understanding/why.js';
import { understandMessage } from '#src/understanding/understand.js';

/**
 * `dondoc explain "<message>" [--json] [--why]`: how the bot understood a message, without acting
 * on it: `--json` adds whether it would ask before writing (`confirm`) and what decided (`why`);
 * `--why` says the same for a person. With no message, one message per standard-input line.
 */
export async function runExplainCommand(
  config: Config,
  logger: Logger,
  messages: string[],
  flags: { json: boolean; why?: boolean },
): Promise<number> {
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
    ...(u.part ? [`phần của: ${u.part}`] : []),
    ...(u.status ? [`trạng thái: ${STATUS_LABELS[u.status]}`] : []),
    ...(u.progress !== null ? [`tiến độ: ${u.progress}%`] : []),
    ...(u.period ? [`thời gian: ${formatDate(u.period.from)} – ${formatDate(u.period.to)}`] : []),
    ...(u.newDate ? [`xin gia hạn đến: ${formatDate(u.newDate)}`] : []),
  ].join(' · ');
}
