import { z } from 'zod';
import { ZaloId } from './api.js';

/**
 * The parts of Zalo events the bot relies on, checked rather than trusted. getUpdates
 * answers one update `{event_name, message}`; the webhook posts the same object (some
 * deployments wrap it as `{ok, result}` like getUpdates, so both are accepted).
 */
export const ZaloMessage = z.object({
  message_id: ZaloId,
  from: z.object({
    id: ZaloId,
    display_name: z.string().optional(),
    is_bot: z.boolean().optional(),
  }),
  chat: z.object({
    id: ZaloId,
    chat_type: z.string().optional(),
  }),
  text: z.string().optional(),
  date: z.number().optional(),
  /** message.image.received: the picture's address (photo_url; some deployments say photo) and its caption. */
  photo_url: z.string().url().optional(),
  photo: z.string().url().optional(),
  caption: z.string().optional(),
});
export type ZaloMessage = z.infer<typeof ZaloMessage>;

export const ZaloUpdate = z.object({
  event_name: z.string().min(1),
  message: ZaloMessage.optional(),
});
export type ZaloUpdate = z.infer<typeof ZaloUpdate>;

export const WebhookBody = z
  .union([ZaloUpdate, z.object({ ok: z.boolean().optional(), result: ZaloUpdate })])
  .transform((body): ZaloUpdate => ('result' in body ? body.result : body));

export const EVENTS = {
  text: 'message.text.received',
  image: 'message.image.received',
  sticker: 'message.sticker.received',
  voice: 'message.voice.received',
  /** A privacy event without content: not an error, nothing to answer. */
  unsupported: 'message.unsupported.received',
} as const;

/** Events whose content the bot cannot read: a private chat is told so, once. */
export const NON_TEXT: ReadonlySet<string> = new Set([EVENTS.image, EVENTS.sticker, EVENTS.voice]);

/** PRIVATE or GROUP; anything else is treated as a group, where the bot speaks only when addressed. */
export function chatKind(message: ZaloMessage): 'private' | 'group' {
  const type = message.chat.chat_type?.toUpperCase();
  if (type === undefined) return message.chat.id === message.from.id ? 'private' : 'group';
  return type === 'PRIVATE' ? 'private' : 'group';
}
