/**
 * The agency directory: the built-in list with the coordinators' Cơ quan rows merged over it,
 * and the exact (folded) lookups everything else builds on. Pure: fuzzy matching lives in
 * src/understanding/agency-resolver.ts. All maps are built once; lookups are map hits.
 */
import type { Agency, AgencyKind } from '../agency.js';
import { BUILTIN_AGENCIES, type AgencyEntry } from './builtin.js';
import { blankEntry, Lineage } from './lineage.js';
import { provincesNamedIn } from './provinces-named.js';
import { mergeRows } from './merge.js';
import { districtNamedAt, localGovernmentNamed, type LocalGovernmentMention } from './local-government.js';
import {
  agencyKey,
  compactKey,
  foldWords,
  keyWords,
  provinceKey,
  regionLengthAt,
  regionStripped,
  words,
} from './names.js';

export type { AgencyEntry } from './builtin.js';

/** One searchable form (name or alias) of an agency. */
export interface AgencyKeyRecord {
  entry: AgencyEntry;
  /** Folded key, e.g. "so tt tt". */
  key: string;
  compact: string;
  /** The form as written ("Sở TT&TT"), so callers can tell abbreviations from plain words. */
  text: string;
  isName: boolean;
}

export interface AgencyDirectory {
  all(): readonly AgencyEntry[];
  /** The one agency with this name or alias (folded; trailing province words and "UBND huyện X" tolerated). */
  byName(name: string): AgencyEntry | null;
  /** Like byName but returns every agency an ambiguous alias points to. */
  lookup(name: string): readonly AgencyEntry[];
  /** `lookup` for a name already cut into folded words and the words as typed (`keyWords`, `words`). */
  lookupWords(ws: readonly string[], original: readonly string[]): readonly AgencyEntry[];
  /** Exact hit on a folded key (or its compact form), canonical names first; no stripping. */
  lookupKey(key: string): readonly AgencyEntry[];
  /** Agencies with a name or alias that starts with the folded words of `key` ("so tai" → Tài chính, Tài nguyên…). */
  withPrefix(key: string): readonly AgencyEntry[];
  /** `withPrefix` for a key that is already folded words joined by single spaces. */
  withPrefixKey(key: string): readonly AgencyEntry[];
  records(): readonly AgencyKeyRecord[];
  /** Groups whose members include this agency, by kind or by explicit membership. */
  groupsContaining(agencyName: string): AgencyEntry[];
  /** Listed members of a group (synthesized districts/communes are not listed). */
  membersOf(groupName: string): AgencyEntry[];
  /** The last agency in the successor chain, or null when this one was not merged away (or is unknown). */
  successorOf(name: string): AgencyEntry | null;
  /** The agency that does this one's work today: its final successor, or itself. */
  currentOf(name: string): AgencyEntry | null;
  /** `currentOf` for an entry of this directory (or one its lookups returned), without a name lookup. */
  currentEntry(entry: AgencyEntry): AgencyEntry;
  /** Every agency whose successor chain leads here (transitively). */
  predecessorsOf(name: string): AgencyEntry[];
  /**
   * Provinces whose districts win a name several provinces share ("Châu Thành"), likeliest first,
   * folded as `provinceKey` gives them: the `provinces` option, then those the Cơ quan rows name.
   */
  provinces(): readonly string[];
}

export interface DirectoryOptions {
  /** Replaces the built-in list (tests, other provinces' presets). */
  builtin?: readonly AgencyEntry[];
  /** The plan's province(s), likeliest first ("Thái Nguyên"): their districts win a shared name. */
  provinces?: readonly string[];
}

// Stripping "tỉnh" from these would leave a word that names many agencies ("UBND tỉnh" → "UBND").
const TOO_GENERIC = new Set(['ubnd', 'uy ban nhan dan', 'uy ban', 'so', 'ban', 'hoi', 'cuc', 'van phong', 'hdnd']);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/**
 * `push` for the name indexes, built one entry at a time: a repeat can only be the list's last
 * value, so there is no scan (lists such as the "ubnd" prefix hold hundreds of communes).
 */
function pushEntry(map: Map<string, AgencyEntry[]>, key: string, entry: AgencyEntry): void {
  const list = map.get(key);
  if (!list) map.set(key, [entry]);
  else if (list[list.length - 1] !== entry) list.push(entry);
}

export function createDirectory(rows: readonly Agency[], options: DirectoryOptions = {}): AgencyDirectory {
  const entries = mergeRows(options.builtin ?? BUILTIN_AGENCIES, rows);
  const builtinSet = new Set<Agency>(options.builtin ?? BUILTIN_AGENCIES);
  const provinces = [
    ...new Set([
      ...(options.provinces ?? []).map(provinceKey),
      ...provincesNamedIn(rows.filter((r) => !builtinSet.has(r)).flatMap((r) => [r.name, ...r.aliases])),
    ]),
  ];

  const records: AgencyKeyRecord[] = [];
  const nameByKey = new Map<string, AgencyEntry>();
  const nameByCompact = new Map<string, AgencyEntry>();
  const byKey = new Map<string, AgencyEntry[]>();
  const byCompact = new Map<string, AgencyEntry[]>();
  const byPrefix = new Map<string, AgencyEntry[]>();
  for (const entry of entries) {
    const seen = new Set<string>();
    const add = (ws: readonly string[], text: string, isName: boolean): void => {
      const key = ws.join(' ');
      if (key === '' || seen.has(key)) return;
      seen.add(key);
      const compact = compactKey(key);
      records.push({ entry, key, compact, text, isName });
      pushEntry(byKey, key, entry);
      pushEntry(byCompact, compact, entry);
      for (let n = 1; n < ws.length; n++) pushEntry(byPrefix, ws.slice(0, n).join(' '), entry);
    };
    const nameKey = agencyKey(entry.name);
    nameByKey.set(nameKey, entry);
    nameByCompact.set(compactKey(nameKey), entry);
    for (const [i, text] of [entry.name, ...entry.aliases].entries()) {
      const ws = keyWords(text);
      add(ws, text, i === 0);
      // "Công an tỉnh" is also typed "Công an" or "Công an tỉnh Gia Lai".
      for (const stage of regionStripped(ws)) {
        const key = stage.join(' ');
        // Too short ("CA tỉnh" → "CA") or too generic ("UBND tỉnh" → "UBND") to stand alone.
        if (compactKey(key).length >= 3 && !TOO_GENERIC.has(key)) add(stage, text, false);
      }
    }
  }

  const lookupKey = (key: string): readonly AgencyEntry[] => {
    const named = nameByKey.get(key);
    if (named) return [named];
    const hits = byKey.get(key);
    if (hits) return hits;
    const compact = compactKey(key);
    const namedCompact = nameByCompact.get(compact);
    if (namedCompact) return [namedCompact];
    return byCompact.get(compact) ?? [];
  };

  // Successor links: of the listed entries (below, once all are indexed) and of the synthesized
  // communes merged away in 2025 (as they are met).
  const lineage = new Lineage();

  // Districts and communes are too many to list: "UBND huyện Đại Từ" gets a stable synthesized entry.
  const synthesized = new Map<string, AgencyEntry>();
  const localEntry = (local: LocalGovernmentMention): readonly AgencyEntry[] => {
    const listed = lookupKey(agencyKey(local.name));
    if (listed.length > 0) return listed;
    // A Cơ quan row may name the district alone ("Võ Nhai").
    const byPlace =
      local.place === undefined ? [] : lookupKey(agencyKey(local.place)).filter((e) => e.kind === 'district');
    if (byPlace.length > 0) return byPlace;
    // Listed districts by their proper name (Phú Ninh and Phù Ninh fold alike); others as typed, folded.
    const key = local.provinces ? `=${local.name}` : agencyKey(local.name);
    let made = synthesized.get(key);
    if (made) return [made];
    made = blankEntry(local.name, local.kind, local.successor);
    synthesized.set(key, made);
    if (local.commune) lineage.noteCommune(made, local.commune);
    const [next] = local.successor === undefined ? [] : lookup(local.successor);
    if (next) lineage.link(made, next);
    return [made];
  };
  const lookupWords = (ws: readonly string[], original: readonly string[]): readonly AgencyEntry[] => {
    if (ws.length === 0) return [];
    const exact = lookupKey(ws.join(' '));
    if (exact.length > 0) return exact;
    const local = localGovernmentNamed(ws, original, { prefer: provinces });
    if (local) return localEntry(local);
    for (const stage of regionStripped(ws)) {
      const hits = lookupKey(stage.join(' '));
      if (hits.length > 0) return hits;
    }
    // "Võ Nhai" alone names the district, unless it starts another agency's name.
    const bare = districtNamedAt(ws, original, 0, { prefer: provinces });
    if (
      bare &&
      bare.end + regionLengthAt(ws, bare.end) === ws.length &&
      !byPrefix.has(ws.slice(0, bare.end).join(' '))
    ) {
      return localEntry(bare);
    }
    return [];
  };
  const lookup = (name: string): readonly AgencyEntry[] => {
    const original = words(name);
    return lookupWords(foldWords(original), original);
  };
  const byName = (name: string): AgencyEntry | null => {
    const hits = lookup(name);
    return hits.length === 1 ? (hits[0] ?? null) : null;
  };

  // Membership, precomputed per kind and per explicitly named member.
  const groups = entries.filter((e) => e.kind === 'group');
  const groupsByKind = new Map<AgencyKind, AgencyEntry[]>();
  const groupsByMember = new Map<AgencyEntry, AgencyEntry[]>();
  const explicitMembers = new Map<AgencyEntry, AgencyEntry[]>();
  for (const g of groups) {
    for (const kind of g.memberKinds) if (kind !== 'group') push(groupsByKind, kind, g);
    for (const memberName of g.members ?? []) {
      const member = byName(memberName);
      if (!member) continue;
      push(groupsByMember, member, g);
      push(explicitMembers, g, member);
    }
  }

  // Listed entries' successors, resolved once; unknown successor names get a synthesized entry of the same kind.
  for (const e of entries) {
    if (e.successor.trim() !== '') lineage.link(e, byName(e.successor) ?? blankEntry(e.successor, e.kind));
  }

  return {
    all: () => entries,
    byName,
    lookup,
    lookupWords,
    lookupKey,
    withPrefix: (key) => byPrefix.get(keyWords(key).join(' ')) ?? [],
    withPrefixKey: (key) => byPrefix.get(key) ?? [],
    records: () => records,
    groupsContaining(agencyName) {
      const agency = byName(agencyName);
      if (!agency || agency.kind === 'group') return [];
      const found = new Set([...(groupsByKind.get(agency.kind) ?? []), ...(groupsByMember.get(agency) ?? [])]);
      return groups.filter((g) => found.has(g));
    },
    membersOf(groupName) {
      const g = byName(groupName);
      if (!g || g.kind !== 'group') return [];
      const explicit = new Set(explicitMembers.get(g) ?? []);
      return entries.filter((e) => e.kind !== 'group' && (g.memberKinds.includes(e.kind) || explicit.has(e)));
    },
    successorOf(name) {
      const agency = byName(name);
      return (agency && lineage.final(agency)) ?? null;
    },
    currentOf(name) {
      const agency = byName(name);
      return agency ? (lineage.final(agency) ?? agency) : null;
    },
    currentEntry: (entry) => lineage.final(entry) ?? entry,
    provinces: () => provinces,
    predecessorsOf(name) {
      const agency = byName(name);
      return agency ? lineage.predecessorsOf(agency) : [];
    },
  };
}
