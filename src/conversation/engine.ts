import type { Logger } from 'pino';
import type { Notifier } from '#src/chat/port.js';
import type { BotState } from '#src/state/bot-state.js';
import type { Clock } from '#src/domain/clock.js';
import { fold } from '#src/domain/text.js';
import type { TaskStore } from '#src/store/task-store.js';
import type { AgencyLookup } from '#src/domain/agencies/index.js';
import type { Intent } from '#src/understanding/types.js';
import { understandMessage } from '#src/understanding/understand.js';
import type { ChatCommand, CommandContext } from './command.js';
import type { DocumentServices } from './documents.js';
import { MessageText, type IncomingMessage } from '#src/chat/message.js';
import { reply, text, type Reply } from '#src/chat/reply.js';
import { logRefusal } from './refusals.js';
import { emptySheetReply, unknownReply } from './replies.js';
import { withSheetNote } from './sheet-note.js';

export interface ConversationDeps {
  store: TaskStore;
  clock: Clock;
  commands: readonly ChatCommand[];
  /** The agency lookup for the current snapshot (the Cơ quan tab extends the built-in list). */
  agencies: () => AgencyLookup;
  logger: Logger;
  state: BotState;
  notifier: Notifier;
  coordinators: readonly string[];
  /** Report files and plans sent in chat (src/reports/, src/plan-inbox/). */
  documents?: DocumentServices;
  /** Approved extensions a focal point may ask for per task (EXTENSION_LIMIT). */
  extensionLimit?: number;
  /**
   * Told what each message asked, by channel (metrics): the intent, or the command's name for
   * a slash command that has no intent (/daumoi, /xacnhan…).
   */
  onUnderstood?: (channel: string, intent: string) => void;
}

export interface Conversation {
  handle(message: IncomingMessage): Promise<Reply>;
}

/** Slash names (and aliases) of the commands → the intent each answers. */
export function slashIntents(commands: readonly ChatCommand[]): Map<string, Intent> {
  const map = new Map<string, Intent>();
  for (const command of commands) {
    if (command.intent) for (const name of [command.name, ...command.aliases]) map.set(fold(name), command.intent);
  }
  return map;
}

/** A message and its sender in, a channel-neutral reply out. */
export function createConversation(deps: ConversationDeps): Conversation {
  const slash = slashIntents(deps.commands);
  const byIntent = new Map(
    deps.commands.flatMap((command) => (command.intent ? [[command.intent, command] as const] : [])),
  );
  const slashOnly = new Map(
    deps.commands.flatMap((command) =>
      command.intent ? [] : [command.name, ...command.aliases].map((name) => [fold(name), command] as const),
    ),
  );

  return {
    async handle(message) {
      const parsed = MessageText.safeParse(message.text);
      if (!parsed.success) {
        deps.onUnderstood?.(message.sender.channel, 'unknown');
        return reply(text('Tin nhắn quá dài. Bạn vui lòng gửi ngắn gọn hơn (dưới 4.000 ký tự).'));
      }
      const agencies = deps.agencies();
      const now = deps.clock.now();
      const request = understandMessage(parsed.data, { agencies, now: () => now, slash });
      deps.logger.debug({ intent: request.intent, channel: message.sender.channel }, 'message understood');
      const only = request.command !== null ? slashOnly.get(request.command) : undefined;
      deps.onUnderstood?.(message.sender.channel, only?.name ?? request.intent);
      if (request.intent === 'unknown' && request.command !== null && !only) {
        return {
          blocks: [text(`Không có lệnh /${request.command}. Gõ /trogiup để xem các lệnh.`)],
          choices: [{ label: 'Xem hướng dẫn', value: '/trogiup' }],
        };
      }
      const command = only ?? byIntent.get(request.intent);
      if (!command) return unknownReply();
      const snapshot = deps.store.snapshot();
      const refused = gate(command, message, snapshot.tasks.length > 0, deps.logger);
      if (refused) return refused;
      const ctx: CommandContext = {
        message: { ...message, text: parsed.data },
        snapshot,
        agencies,
        clock: deps.clock,
        store: deps.store,
        commands: deps.commands,
        today: now.toISODate() ?? '',
        state: deps.state,
        notifier: deps.notifier,
        coordinators: deps.coordinators,
        logger: deps.logger,
        ...(deps.documents ? { documents: deps.documents } : {}),
        ...(deps.extensionLimit !== undefined ? { extensionLimit: deps.extensionLimit } : {}),
      };
      return withSheetNote(await command.handle(ctx, request), deps.store.sheetHealth(), now);
    },
  };
}

/**
 * What commands declare, enforced in one place: coordinator-only commands refuse anyone else
 * (and log it), commands that answer from the tasks say so when the sheet has none.
 */
function gate(command: ChatCommand, message: IncomingMessage, hasTasks: boolean, logger: Logger): Reply | null {
  if (command.access === 'coordinator' && message.sender.role.kind !== 'coordinator') {
    logRefusal(logger, message, command.name, 'coordinator_only');
    return reply(text(`Chỉ điều phối viên mới dùng được lệnh /${command.name}.`));
  }
  if (command.needsTasks && !hasTasks) return emptySheetReply();
  return null;
}
