import type { Channel } from './message.js';
import type { Reply } from './reply.js';

/**
 * What every chat channel offers the rest of the bot. Receiving is the adapter's own
 * business (polling, webhook, standard input); sending is how reminders, digests and
 * notices to coordinators reach people.
 */
export interface ChannelAdapter {
  readonly channel: Channel;
  start(): Promise<void>;
  /** Stops receiving, finishes the update in hand and commits what it read. */
  stop(): Promise<void>;
  send(chatId: string, reply: Reply): Promise<void>;
  /** Channels that can show pictures (the digest chart); absent elsewhere. */
  sendImage?(chatId: string, png: Uint8Array, caption: string): Promise<void>;
}

/** Sends to a person or a group on any running channel. */
export interface Notifier {
  channels(): Channel[];
  send(channel: Channel, chatId: string, reply: Reply): Promise<void>;
  sendImage(channel: Channel, chatId: string, png: Uint8Array, caption: string): Promise<boolean>;
}

export function createNotifier(adapters: () => readonly ChannelAdapter[]): Notifier {
  const find = (channel: Channel) => adapters().find((adapter) => adapter.channel === channel);
  return {
    channels: () => adapters().map((adapter) => adapter.channel),
    async send(channel, chatId, reply) {
      const adapter = find(channel);
      if (!adapter) throw new Error(`Channel ${channel} is not running`);
      await adapter.send(chatId, reply);
    },
    async sendImage(channel, chatId, png, caption) {
      const adapter = find(channel);
      if (!adapter?.sendImage) return false;
      await adapter.sendImage(chatId, png, caption);
      return true;
    },
  };
}
