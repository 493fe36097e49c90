import { createInterface } from 'node:readline';
import type { Logger } from 'pino';
import { COMMANDS } from '#commands/index.js';
import type { Config } from '#src/config.js';
import { slashIntents } from '#src/conversation/engine.js';
import { STATUS_LABELS } from '#src/domain/status.js';
import { formatDate } from '#src/domain/clock.js';
import { createApp } from '#src/app.js';
import { Understanding } from '#src/understanding/types.js';
import { understandMessage } from '#src/understanding/understand.js';

/**
 * `dondoc explain "<message>" [--json]`: how the bot understood a message, without acting
 * on it. With no message, one message per standard-input line, one answer per line.
 */
export async function runExplainCommand(config: Config, logger: Logger, messages: string[], flags: { json: boolean }): Promise<number> {
  const app = await createApp(config, logger);
  try {
    const slash = slashIntents(COMMANDS);
    const explain = (message: string): string => {
      const parsed = understandMessage(message, { agencies: app.agencies(), now: () => app.clock.now(), slash });
      const result = Understanding.parse(parsed);
      return flags.json ? JSON.stringify(result) : describe(result);
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

function describe(u: Understanding): string {
  return [
    `ý định: ${u.intent}`,
    ...(u.agency ? [`cơ quan: ${u.agency}`] : []),
    ...(u.taskRef ? [`nhiệm vụ: ${u.taskRef}`] : []),
    ...(u.status ? [`trạng thái: ${STATUS_LABELS[u.status]}`] : []),
    ...(u.progress !== null ? [`tiến độ: ${u.progress}%`] : []),
    ...(u.period ? [`thời gian: ${formatDate(u.period.from)} – ${formatDate(u.period.to)}`] : []),
  ].join(' · ');
}
