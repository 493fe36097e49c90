import type { Agency } from '#src/domain/agency.js';
import { fold } from '#src/domain/text.js';
import type { CommandContext } from './command.js';
import type { Channel } from '#src/chat/message.js';

/**
 * Adding and removing focal points on the Cơ quan tab. An agency the tab does not list yet
 * gets a row, starting from the built-in directory's entry.
 */
export function agencyRow(ctx: CommandContext, name: string): Agency {
  const row = ctx.snapshot.agencies.find((a) => fold(ctx.agencies.canonical(a.name)) === fold(name));
  if (row) return row;
  const found = ctx.agencies.resolve(name);
  const base = found.kind === 'match' ? found.agency : null;
  return {
    name,
    aliases: [],
    kind: base?.kind ?? 'other',
    memberKinds: [],
    successor: '',
    telegram: [],
    zalo: [],
    groupChat: '',
  };
}

export async function changeFocalPoint(
  ctx: CommandContext,
  agency: string,
  channel: Channel,
  id: string,
  add: boolean,
): Promise<boolean> {
  if (channel !== 'telegram' && channel !== 'zalo') return false;
  const row = agencyRow(ctx, agency);
  const list = row[channel].filter((entry) => entry.trim() !== id);
  if (add) list.push(id);
  if (!add && list.length === row[channel].length) return false;
  await ctx.store.saveFocalPoints({ ...row, [channel]: list });
  return true;
}
