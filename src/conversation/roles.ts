import { formatAddress } from '#src/chat/address.js';
import { fold } from '#src/domain/text.js';
import type { Snapshot } from '#src/store/snapshot.js';
import type { AgencyLookup } from '#src/domain/agencies/index.js';
import type { Channel, Role } from '#src/chat/message.js';

/** Who is writing, as a channel knows them. */
export interface Identity {
  channel: Channel;
  userId: string;
  /** Telegram @username without the @, when the user has one. */
  username?: string;
}

/** "telegram:123", "telegram:@lan_stp", "zalo:abc": how coordinators and focal points are written down. */
export function identityKeys(identity: Identity): string[] {
  const keys = [formatAddress({ channel: identity.channel, chatId: identity.userId })];
  if (identity.username)
    keys.push(formatAddress({ channel: identity.channel, chatId: `@${identity.username.toLowerCase()}` }));
  return keys;
}

/**
 * The sender's rights: coordinators (configured) may do everything; the focal points listed
 * on the Cơ quan tab act for their agency; anyone else is a guest.
 */
export function roleOf(
  identity: Identity,
  snapshot: Snapshot,
  coordinators: readonly string[],
  agencies: AgencyLookup,
): Role {
  if (identity.channel === 'console') return { kind: 'coordinator' };
  const keys = new Set(identityKeys(identity).map((key) => key.toLowerCase()));
  if (coordinators.some((entry) => keys.has(entry.toLowerCase()))) return { kind: 'coordinator' };
  for (const agency of snapshot.agencies) {
    const listed = identity.channel === 'telegram' ? agency.telegram : identity.channel === 'zalo' ? agency.zalo : [];
    const match = listed.some((entry) => {
      const value = entry.trim().toLowerCase();
      return keys.has(`${identity.channel}:${value}`) || keys.has(`${identity.channel}:@${value.replace(/^@/, '')}`);
    });
    if (match) return { kind: 'focal', agency: agencies.canonical(agency.name) };
  }
  return { kind: 'guest' };
}

/** The focal points' chat ids of an agency on a channel (user ids only; @usernames cannot be messaged first). */
export function focalChatIds(snapshot: Snapshot, agency: string, channel: Channel, agencies: AgencyLookup): string[] {
  const wanted = fold(agency);
  const ids: string[] = [];
  for (const row of snapshot.agencies) {
    if (fold(agencies.canonical(row.name)) !== wanted) continue;
    const listed = channel === 'telegram' ? row.telegram : channel === 'zalo' ? row.zalo : [];
    for (const entry of listed) if (!entry.trim().startsWith('@')) ids.push(entry.trim());
  }
  return ids;
}
