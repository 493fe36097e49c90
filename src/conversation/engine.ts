import type { Logger } from 'pino';
import type { Clock } from '#src/domain/clock.js';
import { fold } from '#src/domain/text.js';
import type { TaskStore } from '#src/store/task-store.js';
import { understand } from '#src/understanding/intent.js';
import type { AgencyLookup } from './agency-lookup.js';
import type { ChatCommand, CommandContext } from './command.js';
import { MessageText, type IncomingMessage } from './message.js';
import { reply, text, type Reply } from './reply.js';
import { unknownReply } from './replies.js';

export interface ConversationDeps {
  store: TaskStore;
  clock: Clock;
  commands: readonly ChatCommand[];
  /** The agency lookup for the current snapshot (the Cơ quan tab extends the built-in list). */
  agencies: () => AgencyLookup;
  logger: Logger;
}

export interface Conversation {
  handle(message: IncomingMessage): Promise<Reply>;
}

/** A message and its sender in, a channel-neutral reply out. */
export function createConversation(deps: ConversationDeps): Conversation {
  const byName = new Map<string, ChatCommand>();
  for (const command of deps.commands) {
    for (const name of [command.name, ...command.aliases]) byName.set(fold(name), command);
  }
  const command = (name: string) => {
    const found = byName.get(name);
    if (!found) throw new Error(`Command "${name}" is not registered`);
    return found;
  };

  return {
    async handle(message) {
      const parsed = MessageText.safeParse(message.text);
      if (!parsed.success) return reply(text('Tin nhắn quá dài. Bạn vui lòng gửi ngắn gọn hơn (dưới 4.000 ký tự).'));
      const ctx: CommandContext = {
        message: { ...message, text: parsed.data },
        snapshot: deps.store.snapshot(),
        agencies: deps.agencies(),
        clock: deps.clock,
        commands: deps.commands,
      };
      const understood = understand(parsed.data);
      deps.logger.debug({ intent: understood.intent, channel: message.sender.channel }, 'message understood');
      switch (understood.intent) {
        case 'command': {
          const found = byName.get(understood.command);
          if (!found) {
            return {
              blocks: [text(`Không có lệnh /${understood.command}. Gõ /trogiup để xem các lệnh.`)],
              choices: [{ label: 'Xem hướng dẫn', value: '/trogiup' }],
            };
          }
          return found.handle(ctx, understood.args);
        }
        case 'help':
          return command('trogiup').handle(ctx, '');
        case 'tasks_of_agency':
          return command('nhiemvu').handle(ctx, understood.agencyText);
        case 'unknown':
          return unknownReply();
      }
    },
  };
}
