import type { Clock } from '#src/domain/clock.js';
import type { Snapshot } from '#src/store/snapshot.js';
import type { AgencyLookup } from './agency-lookup.js';
import type { Reply } from './reply.js';
import type { IncomingMessage } from './message.js';

/** What a chat command may use. Commands read the snapshot; they never call the network. */
export interface CommandContext {
  message: IncomingMessage;
  snapshot: Snapshot;
  agencies: AgencyLookup;
  clock: Clock;
  /** All commands, for help. */
  commands: readonly ChatCommand[];
}

/** One chat command: one file in commands/. */
export interface ChatCommand {
  /** Slash name without diacritics, e.g. "nhiemvu". */
  name: string;
  /** Other slash names accepted. */
  aliases: string[];
  /** Vietnamese, one line: shown in help and in Telegram's command menu. */
  description: string;
  /** Vietnamese usage line, e.g. "/nhiemvu <tên cơ quan>". */
  usage: string;
  /** Example messages a user can send. */
  examples: string[];
  handle(ctx: CommandContext, args: string): Reply | Promise<Reply>;
}
