import { z } from 'zod';
import type { IncomingMessage, Role } from '#src/chat/message.js';
import type { Identity } from '#src/conversation/roles.js';

/**
 * The parts of Telegram updates the bot relies on, checked rather than trusted: who wrote,
 * in which chat, what text, and whether it answers one of the bot's own messages.
 */
export const TgUser = z.object({
  id: z.number().int(),
  is_bot: z.boolean().optional(),
  first_name: z.string().default(''),
  last_name: z.string().optional(),
  username: z.string().optional(),
});
export type TgUser = z.infer<typeof TgUser>;

export const TgChat = z.object({
  id: z.number().int(),
  type: z.enum(['private', 'group', 'supergroup', 'channel']),
  title: z.string().optional(),
});
export type TgChat = z.infer<typeof TgChat>;

const Entity = z.object({
  type: z.string(),
  offset: z.number().int().min(0),
  length: z.number().int().min(0),
  user: z.object({ id: z.number().int() }).optional(),
});

export const TgTextMessage = z.object({
  message_id: z.number().int(),
  from: TgUser,
  chat: TgChat,
  text: z.string(),
  entities: z.array(Entity).optional(),
  reply_to_message: z.object({ from: z.object({ id: z.number().int() }).optional() }).optional(),
});
export type TgTextMessage = z.infer<typeof TgTextMessage>;

export interface BotIdentity {
  id: number;
  username: string;
}

/** What the bot should answer, or null when the message is not for it. */
export interface Addressed {
  text: string;
  /** The slash command, lower case, without "@bot": "start", "nhiemvu"… */
  command: string | null;
}

const COMMAND = /^\/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{3,}))?(?=\s|$)/;

/**
 * Private chats: every message. Groups: commands (to this bot or to no bot in particular),
 * messages that mention it and replies to its own messages — never the rest of the talk.
 * The mention itself is taken out of the text.
 */
export function addressed(message: TgTextMessage, bot: BotIdentity): Addressed | null {
  const text = message.text.trim();
  const command = COMMAND.exec(text);
  if (command) {
    const [whole, name = '', target] = command;
    if (target !== undefined && target.toLowerCase() !== bot.username.toLowerCase()) return null;
    return { text: `/${name}${text.slice(whole.length)}`, command: name.toLowerCase() };
  }
  const isPrivate = message.chat.type === 'private';
  const withoutMention = removeMentions(message, bot);
  const mentioned = withoutMention !== text;
  const repliesToBot = message.reply_to_message?.from?.id === bot.id;
  if (!isPrivate && !mentioned && !repliesToBot) return null;
  const cleaned = withoutMention.replace(/\s+/g, ' ').trim();
  // "@bot" alone in a group: show what the bot can do.
  if (cleaned === '') return { text: '/trogiup', command: 'trogiup' };
  const again = COMMAND.exec(cleaned);
  return { text: cleaned, command: again ? (again[1] ?? '').toLowerCase() : null };
}

function removeMentions(message: TgTextMessage, bot: BotIdentity): string {
  let text = message.text;
  // A mention of a user without @username comes as an entity pointing at the user id.
  const spans = (message.entities ?? [])
    .filter((entity) => entity.type === 'text_mention' && entity.user?.id === bot.id)
    .sort((a, b) => b.offset - a.offset);
  for (const span of spans) text = text.slice(0, span.offset) + text.slice(span.offset + span.length);
  const name = bot.username.replace(/[^A-Za-z0-9_]/g, '');
  if (name === '') return text.trim();
  return text.replace(new RegExp(`(^|[^\\w@])@${name}(?![\\w])`, 'gi'), '$1').trim();
}

export function identityOf(user: TgUser): Identity {
  return { channel: 'telegram', userId: String(user.id), ...(user.username ? { username: user.username } : {}) };
}

export function displayName(user: TgUser): string {
  const full = [user.first_name, user.last_name ?? ''].join(' ').trim();
  return full !== '' ? full : user.username ? `@${user.username}` : String(user.id);
}

/** The conversation's view of a Telegram message, the sender's role freshly looked up. */
export function incomingMessage(
  text: string,
  user: TgUser,
  chat: TgChat,
  roleOf: (identity: Identity) => Role,
): IncomingMessage {
  return {
    text,
    sender: { channel: 'telegram', id: String(user.id), name: displayName(user), role: roleOf(identityOf(user)) },
    chat: {
      id: String(chat.id),
      kind: chat.type === 'private' ? 'private' : 'group',
      ...(chat.title !== undefined ? { title: chat.title } : {}),
    },
  };
}
