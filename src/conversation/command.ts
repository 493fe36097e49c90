import type { Logger } from 'pino';
import type { Notifier } from '#src/chat/port.js';
import type { Clock } from '#src/domain/clock.js';
import type { BotState } from '#src/state/bot-state.js';
import type { Snapshot } from '#src/store/snapshot.js';
import type { TaskStore } from '#src/store/task-store.js';
import type { AgencyLookup } from '#src/domain/agencies/index.js';
import type { Intent, Parsed } from '#src/understanding/types.js';
import type { IncomingMessage } from '#src/chat/message.js';
import type { Reply } from '#src/chat/reply.js';
import type { DocumentServices } from './documents.js';

/** What a chat command may use. Questions read the snapshot and never wait on the network. */
export interface CommandContext {
  message: IncomingMessage;
  snapshot: Snapshot;
  agencies: AgencyLookup;
  clock: Clock;
  store: TaskStore;
  /** All commands, for help. */
  commands: readonly ChatCommand[];
  /** ISO date of today in the plan's zone. */
  today: string;
  /** The bot's own state: subscriptions, registrations, undo. */
  state: BotState;
  /** Reaches other people: coordinators about a registration, a focal point about a confirmation. */
  notifier: Notifier;
  /** Configured coordinators ("telegram:123", "zalo:abc"). */
  coordinators: readonly string[];
  logger: Logger;
  /** Report files and plans sent in chat; absent where the bot cannot make or keep files. */
  documents?: DocumentServices;
  /** Approved extensions a focal point may ask for per task (EXTENSION_LIMIT); default 2. */
  extensionLimit?: number;
}

/** One chat command: one file in commands/. */
export interface ChatCommand {
  /** Slash name without diacritics, e.g. "nhiemvu". */
  name: string;
  /** Other slash names accepted. */
  aliases: string[];
  /**
   * The intent it answers, whether asked by slash command or in free text. Commands
   * without one are reached by their slash name only (/duyet, /hoantac, …).
   */
  intent?: Intent;
  /** Vietnamese, one line: shown in help and in Telegram's command menu. */
  description: string;
  /** Vietnamese usage line, e.g. "/nhiemvu <tên cơ quan>". */
  usage: string;
  /** Example messages a user can send. */
  examples: string[];
  /**
   * Who may run it (default everyone). Coordinator-only commands are refused, and the refusal
   * logged, by the conversation engine before the handler runs.
   */
  access?: 'everyone' | 'coordinator';
  /** It answers from the tasks: with none in the sheet the engine says how to import a plan instead. */
  needsTasks?: boolean;
  handle(ctx: CommandContext, request: Parsed): Reply | Promise<Reply>;
}
