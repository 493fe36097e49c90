import type { Notifier } from '#src/chat/port.js';
import type { Channel } from '#src/chat/message.js';
import type { Reply } from '#src/chat/reply.js';

export interface Sent {
  channel: Channel;
  chatId: string;
  reply?: Reply;
  image?: { bytes: number; caption: string };
}

/** A notifier that records what the bot sends to other people, for assertions. */
export function recordingNotifier(channels: Channel[] = ['telegram', 'zalo']): Notifier & { sent: Sent[] } {
  const sent: Sent[] = [];
  return {
    sent,
    channels: () => channels,
    async send(channel, chatId, reply) {
      sent.push({ channel, chatId, reply });
    },
    async sendImage(channel, chatId, png, caption) {
      sent.push({ channel, chatId, image: { bytes: png.length, caption } });
      return true;
    },
  };
}
