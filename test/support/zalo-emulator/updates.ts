/** Zalo events as the platform sends them, for tests. */
export interface ZaloUser {
  id: string;
  name: string;
}

export interface ZaloChatRef {
  id: string;
  type: 'PRIVATE' | 'GROUP';
}

let sequence = 0;

/** A fresh message id, as Zalo's: an opaque string. */
export const nextMessageId = () => `msg-${Date.now().toString(36)}-${++sequence}`;

export function message(from: ZaloUser, chat: ZaloChatRef | undefined, fields: Record<string, unknown> = {}) {
  return {
    message_id: nextMessageId(),
    from: { id: from.id, display_name: from.name, is_bot: false },
    chat: chat ? { id: chat.id, chat_type: chat.type } : { id: from.id, chat_type: 'PRIVATE' },
    date: Date.now(),
    ...fields,
  };
}

export function textUpdate(text: string, from: ZaloUser, chat?: ZaloChatRef, messageId?: string) {
  return {
    event_name: 'message.text.received',
    message: message(from, chat, { text, ...(messageId ? { message_id: messageId } : {}) }),
  };
}

export function eventUpdate(event: 'image' | 'sticker' | 'voice' | 'unsupported', from: ZaloUser, chat?: ZaloChatRef) {
  if (event === 'unsupported') return { event_name: 'message.unsupported.received', message: message(from, chat) };
  const extra =
    event === 'image'
      ? { photo_url: 'https://example.com/a.jpg' }
      : event === 'sticker'
        ? { sticker: 'abc' }
        : { voice_url: 'https://example.com/a.aac' };
  return { event_name: `message.${event}.received`, message: message(from, chat, extra) };
}
