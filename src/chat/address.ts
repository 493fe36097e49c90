import type { Channel } from './message.js';

/**
 * The channel address, «channel:id», as coordinators write it in COORDINATORS and the Cơ quan
 * tab and as the bot keys its logs: "telegram:123456789", "telegram:-1001234567890" (a group),
 * "telegram:@lan_stp" (a username), "zalo:abc". Parsed and formatted here only.
 */
export type ChatChannel = Exclude<Channel, 'console'>;

export interface Address {
  channel: ChatChannel;
  /** A user or group id, or an @username (which the bot cannot write to first). */
  chatId: string;
}

const ADDRESS = /^\s*(telegram|zalo)\s*:\s*(@?[\p{L}\p{N}_.-]{1,64})\s*$/iu;

/** "telegram:123", " Zalo:abc ", "telegram:@lan_stp" → an address; anything else → null. */
export function parseAddress(text: string): Address | null {
  const m = ADDRESS.exec(text);
  if (!m?.[1] || !m[2]) return null;
  return { channel: m[1].toLowerCase() === 'zalo' ? 'zalo' : 'telegram', chatId: m[2] };
}

/** An address the bot can write to first: a user or group id, never an @username. */
export function writableAddress(text: string): Address | null {
  const address = parseAddress(text);
  return address && !isUsername(address.chatId) ? address : null;
}

export const isUsername = (chatId: string): boolean => chatId.startsWith('@');

/** «channel:id»; the console too, for the keys of offered actions and logs. */
export const formatAddress = (address: { channel: Channel; chatId: string }): string =>
  `${address.channel}:${address.chatId}`;
