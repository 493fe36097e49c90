import { formatAddress, isUsername, writableAddress, type Address } from '#src/chat/address.js';
import { fold } from '#src/domain/text.js';
import type { Snapshot } from '#src/store/snapshot.js';
import type { AgencyLookup } from '#src/domain/agencies/index.js';

/** Telegram group and channel ids are negative; groups have a tighter send limit. */
export const isGroupAddress = (address: Address): boolean =>
  address.channel === 'telegram' && address.chatId.startsWith('-');

export interface Recipient {
  address: Address;
  /** formatAddress(address), kept: a run looks it up once per task and recipient. */
  key: string;
  /** The agency the person speaks for (its directory name). */
  agency: string;
  /**
   * lead: the lead's own focal point (may update the task with one tap, capnhat's rule);
   * member: of an agency in the group the task was given to; successor: of the agency that
   * took over a merged lead's work.
   */
  via: 'lead' | 'member' | 'successor';
}

export interface LeadRecipients {
  /** The lead as the directory names it. */
  agency: string;
  recipients: Recipient[];
  /** The agency's Nhóm chat (Cơ quan tab), for escalations. */
  groupChat: Address | null;
}

export interface RecipientIndex {
  forLead(lead: string): LeadRecipients;
}

/**
 * Who hears about a task led by an agency:
 * - its focal points (Đầu mối Telegram / Zalo on the Cơ quan tab; same rule as focalChatIds);
 * - when it was merged away (Nay thuộc), the focal points of the agency that holds its work;
 * - when the lead is a group ("Các sở, ban, ngành"), the focal points of every member agency,
 *   since the duty falls on each of them.
 * Built once per run: 100,000 tasks cost a map lookup each.
 */
export function recipientIndex(snapshot: Snapshot, agencies: AgencyLookup): RecipientIndex {
  const focal = new Map<string, Recipient[]>();
  const chats = new Map<string, Address>();
  const names = new Map<string, string>();
  for (const row of snapshot.agencies) {
    const name = agencies.canonical(row.name);
    const key = fold(name);
    names.set(key, name);
    const list = focal.get(key) ?? [];
    for (const [channel, entries] of [
      ['telegram', row.telegram],
      ['zalo', row.zalo],
    ] as const) {
      for (const entry of entries) {
        const id = entry.trim();
        if (id === '' || isUsername(id)) continue;
        const address: Address = { channel, chatId: id };
        list.push({ address, key: formatAddress(address), agency: name, via: 'lead' });
      }
    }
    if (list.length > 0) focal.set(key, list);
    const chat = writableAddress(row.groupChat);
    if (chat && !chats.has(key)) chats.set(key, chat);
  }
  const members = new Map<string, Recipient[]>();
  for (const [key, list] of focal) {
    for (const group of agencies.groupsContaining(names.get(key) ?? key)) {
      const groupKey = fold(agencies.canonical(group.name));
      const into = members.get(groupKey) ?? [];
      for (const r of list) into.push({ ...r, via: 'member' });
      members.set(groupKey, into);
    }
  }

  const cache = new Map<string, LeadRecipients>();
  return {
    forLead(lead) {
      const cached = cache.get(lead);
      if (cached) return cached;
      const agency = agencies.canonical(lead);
      const key = fold(agency);
      const successor = agencies.successorOf(agency);
      const successorKey = successor ? fold(agencies.canonical(successor.name)) : null;
      const all = [
        ...(focal.get(key) ?? []),
        ...(successorKey ? (focal.get(successorKey) ?? []).map((r): Recipient => ({ ...r, via: 'successor' })) : []),
        ...(members.get(key) ?? []),
      ];
      const seen = new Set<string>();
      const recipients = all.filter((r) => {
        if (seen.has(r.key)) return false;
        seen.add(r.key);
        return true;
      });
      const groupChat = chats.get(key) ?? (successorKey ? chats.get(successorKey) : undefined) ?? null;
      const found = { agency, recipients, groupChat };
      cache.set(lead, found);
      return found;
    },
  };
}

/** The configured coordinators one can write to first (telegram:<id>, zalo:<id>). */
export function coordinatorAddresses(coordinators: readonly string[]): Address[] {
  const seen = new Set<string>();
  return coordinators.flatMap((entry) => {
    const address = writableAddress(entry);
    if (!address || seen.has(formatAddress(address))) return [];
    seen.add(formatAddress(address));
    return [address];
  });
}
