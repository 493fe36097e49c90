/**
 * Merges the coordinators' Cơ quan rows over the built-in list. A row that names a built-in
 * agency (by name, alias, or with the province dropped: "Báo Thái Nguyên" → "Báo tỉnh") takes
 * it over: the row's name becomes canonical (the built-in name stays as an alias), aliases and
 * contacts are united, and the row's non-empty fields win. Other rows are added as they are.
 */
import type { Agency } from '../agency.js';
import type { AgencyEntry } from './builtin.js';
import { localGovernmentNamed } from './local-government.js';
import { agencyKey, compactKey, keyWords, regionStripped, words } from './names.js';

interface Draft {
  name: string;
  aliases: string[];
  kind: Agency['kind'];
  memberKinds: Agency['memberKinds'];
  successor: string;
  telegram: string[];
  zalo: string[];
  groupChat: string;
  members?: string[];
  /** Renamed by a coordinator row already: later rows only add aliases. */
  fromRow: boolean;
}

/** A successor cell meaning "this agency was not merged away", to clear a built-in successor. */
const NO_SUCCESSOR = new Set(['-', 'khong', 'khong co', 'none', 'x']);

function union(first: readonly string[], second: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const v of [...first, ...second]) {
    const k = v.trim();
    if (k === '' || seen.has(k)) continue;
    seen.add(k);
    out.push(k);
  }
  return out;
}

/** A row typed without a kind ('other') that is plainly "UBND huyện X" / "UBND xã Y" / "Võ Nhai" gets that kind. */
function inferredKind(row: Agency): Agency['kind'] {
  if (row.kind !== 'other') return row.kind;
  return localGovernmentNamed(keyWords(row.name), words(row.name), { bare: true })?.kind ?? row.kind;
}

function rowSuccessor(row: Agency): string | undefined {
  const value = row.successor.trim();
  if (value === '') return undefined;
  return NO_SUCCESSOR.has(value) || NO_SUCCESSOR.has(agencyKey(value)) ? '' : value;
}

export function mergeRows(builtin: readonly AgencyEntry[], rows: readonly Agency[]): AgencyEntry[] {
  const drafts: Draft[] = builtin.map((e) => {
    const d: Draft = {
      name: e.name,
      aliases: [...e.aliases],
      kind: e.kind,
      memberKinds: [...e.memberKinds],
      successor: e.successor,
      telegram: [...e.telegram],
      zalo: [...e.zalo],
      groupChat: e.groupChat,
      fromRow: false,
    };
    if (e.members) d.members = [...e.members];
    return d;
  });
  const byName = new Map<string, Draft>();
  const byAlias = new Map<string, Set<Draft>>();
  const register = (d: Draft): void => {
    byName.set(agencyKey(d.name), d);
    for (const text of [d.name, ...d.aliases]) {
      const ws = keyWords(text);
      for (const form of [ws, ...regionStripped(ws)]) {
        const key = form.join(' ');
        for (const k of [key, `#${compactKey(key)}`]) {
          const set = byAlias.get(k) ?? new Set<Draft>();
          set.add(d);
          byAlias.set(k, set);
        }
      }
    }
  };
  drafts.forEach(register);

  const findTarget = (name: string): Draft | undefined => {
    const ws = keyWords(name);
    for (const form of [ws, ...regionStripped(ws)]) {
      const key = form.join(' ');
      const named = byName.get(key);
      if (named) return named;
      for (const k of [key, `#${compactKey(key)}`]) {
        const set = byAlias.get(k);
        if (set?.size === 1) return [...set][0];
      }
    }
    return undefined;
  };

  // Callers may pass the built-in list along with the sheet rows; those are already here.
  const known = new Set<Agency>(builtin);
  for (const row of rows) {
    if (row.name.trim() === '' || known.has(row)) continue;
    const successor = rowSuccessor(row);
    const target = findTarget(row.name);
    if (!target) {
      const d: Draft = {
        ...row,
        aliases: union(row.aliases, []),
        kind: inferredKind(row),
        successor: successor ?? '',
        fromRow: true,
      };
      drafts.push(d);
      register(d);
      continue;
    }
    const sameName = agencyKey(row.name) === agencyKey(target.name);
    if (!sameName && !target.fromRow) {
      target.aliases = union([target.name], target.aliases);
      target.name = row.name.trim();
    } else if (!sameName) {
      target.aliases = union(target.aliases, [row.name]);
    }
    target.fromRow = true;
    target.aliases = union(row.aliases, target.aliases).filter((a) => agencyKey(a) !== agencyKey(target.name));
    // An unset kind ('other') must not undo a built-in's more specific kind.
    if (row.kind !== 'other' || target.kind === 'other') target.kind = row.kind;
    if (row.memberKinds.length > 0) target.memberKinds = [...row.memberKinds];
    if (successor !== undefined) target.successor = successor;
    target.telegram = union(target.telegram, row.telegram);
    target.zalo = union(target.zalo, row.zalo);
    if (row.groupChat.trim() !== '') target.groupChat = row.groupChat.trim();
    register(target);
  }

  return drafts.map((d) => {
    const agency: Agency = {
      name: d.name,
      aliases: d.aliases,
      kind: d.kind,
      memberKinds: d.memberKinds,
      successor: d.successor,
      telegram: d.telegram,
      zalo: d.zalo,
      groupChat: d.groupChat,
    };
    return d.members ? { ...agency, members: d.members } : agency;
  });
}
