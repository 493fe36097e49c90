import type { Logger } from 'pino';
import type { IncomingMessage } from '#src/chat/message.js';

/** Why the bot said no: the words of the structured log line. */
export type RefusalReason =
  /** A coordinator-only command from someone else. */
  | 'coordinator_only'
  /** A task update by someone who is neither its lead's focal point nor a coordinator. */
  | 'not_lead'
  /** An offered action («Hoàn tác», «Ghi giá trị của tôi») taken by someone it was not offered to. */
  | 'not_yours'
  /** An offered action taken after it expired. */
  | 'expired'
  /** An offered action already used, unknown or forged. */
  | 'unknown_action'
  /** A deadline extension asked by a focal point beyond EXTENSION_LIMIT approved ones. */
  | 'extension_limit';

/**
 * Every refusal is one structured log line: who, on which channel, what they asked, why not.
 * The reply the person reads is the command's business; the log line is the same everywhere.
 */
export function logRefusal(
  logger: Logger,
  message: IncomingMessage,
  command: string,
  why: RefusalReason,
  details: Record<string, string> = {},
): void {
  const { sender } = message;
  logger.warn(
    {
      who: sender.id,
      name: sender.name,
      role: sender.role.kind,
      channel: sender.channel,
      chat: message.chat.id,
      command,
      why,
      ...details,
    },
    `Từ chối /${command}: ${why}`,
  );
}
