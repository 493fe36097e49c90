import type { Update, UserFromGetMe } from '#src/channels/telegram/types.js';

/** Hand-built Telegram updates for `bot.handleUpdate`. */
let nextUpdateId = 1000;
let nextMessageId = 1;

export interface From {
  id: number;
  username?: string;
  first_name?: string;
}

export const BOT_INFO: UserFromGetMe = {
  id: 777,
  is_bot: true,
  first_name: 'Đôn Đốc',
  username: 'DonDocBot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

const user = (from: From) => ({
  id: from.id,
  is_bot: false,
  first_name: from.first_name ?? 'Lan',
  ...(from.username ? { username: from.username } : {}),
});

export function privateText(text: string, from: From, extra: { updateId?: number } = {}): Update {
  return {
    update_id: extra.updateId ?? ++nextUpdateId,
    message: {
      message_id: ++nextMessageId,
      date: 0,
      chat: { id: from.id, type: 'private', first_name: from.first_name ?? 'Lan' },
      from: user(from),
      text,
    },
  };
}

export function groupText(
  text: string,
  from: From,
  chat: { id: number; title: string },
  extra: { replyToBot?: boolean; entities?: Array<{ type: string; offset: number; length: number }> } = {},
): Update {
  return {
    update_id: ++nextUpdateId,
    message: {
      message_id: ++nextMessageId,
      date: 0,
      chat: { id: chat.id, type: 'supergroup', title: chat.title },
      from: user(from),
      text,
      ...(extra.entities ? { entities: extra.entities } : {}),
      ...(extra.replyToBot
        ? {
            reply_to_message: {
              message_id: 1,
              date: 0,
              chat: { id: chat.id, type: 'supergroup', title: chat.title },
              from: BOT_INFO,
              text: '…',
            },
          }
        : {}),
    },
  } as Update;
}

export function buttonPress(
  data: string,
  from: From,
  chat: { id: number; type?: 'private' | 'supergroup'; title?: string },
  messageId = 55,
): Update {
  const type = chat.type ?? (chat.id < 0 ? 'supergroup' : 'private');
  return {
    update_id: ++nextUpdateId,
    callback_query: {
      id: `cq${nextUpdateId}`,
      from: user(from),
      chat_instance: 'ci',
      data,
      message: {
        message_id: messageId,
        date: 0,
        chat: { id: chat.id, type, ...(chat.title ? { title: chat.title } : { first_name: 'Lan' }) },
        from: BOT_INFO,
        text: '…',
      },
    },
  } as Update;
}
