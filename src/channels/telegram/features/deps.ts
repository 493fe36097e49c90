import type { Context, NextFunction } from 'grammy';
import type { Logger } from 'pino';
import type { Conversation } from '#src/conversation/engine.js';
import type { Role } from '#src/chat/message.js';
import type { Identity } from '#src/conversation/roles.js';
import type { TelegramButtons } from '#src/state/telegram-buttons.js';
import type { Outgoing } from '../outgoing.js';

/** What the feature composers share. */
export interface FeatureDeps {
  conversation: Conversation;
  roleOf: (identity: Identity) => Role;
  buttons: TelegramButtons;
  outgoing: Outgoing;
  logger: Logger;
  /** Lets an update through unless its sender floods the bot; applied to what the bot answers only. */
  flood: (ctx: Context, next: NextFunction) => Promise<void>;
}
