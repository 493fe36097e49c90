/**
 * The resolver's in-text stage: the agency mentioned somewhere in a chat message. Known forms are
 * spotted word by word (district committees through local-government.ts, a listed district named
 * alone more weakly), each by how safely it can stand inside a sentence; when none is, windows
 * that start like an agency name are judged by the fuzzy stage, more strictly than a whole name.
 */
import type { Agency } from '../agency.js';
import type { AgencyDirectory, AgencyEntry, AgencyKeyRecord } from './directory.js';
import { districtNamedAt, localGovernmentAt } from './local-government.js';
import { compactKey, foldWords, regionLengthAt, words } from './names.js';
import { ACCEPT_IN_TEXT, type FuzzyRanker, MIN_FUZZY_CHARS, ScoredList, TIE } from './fuzzy.js';

/**
 * How safely a form can be spotted inside a sentence: 'strong' anywhere; 'loose' ("tư pháp",
 * "thanh tra") only at the start or after "của/bên/cho…"; 'qualified' ("Báo", "Đài") only with a
 * province after it ("Báo Thái Nguyên"); 'none' never ("CA tỉnh" reads as "cả tỉnh").
 */
type Strength = 'strong' | 'loose' | 'qualified' | 'none';
const HEADS = new Set([
  'so',
  'ban',
  'cong',
  'bo',
  'dai',
  'bao',
  'van',
  'vp',
  'ubnd',
  'uy',
  'hdnd',
  'hoi',
  'lien',
  'kho',
  'cuc',
  'chi',
  'ngan',
  'toa',
  'vien',
  'tinh',
  'cac',
  'mat',
  'doan',
  'nganh',
  'khoi',
]);
const NEVER_IN_TEXT = new Set(['ca tinh']);
const POINTERS = new Set([
  'cua',
  'ben',
  'cho',
  'voi',
  've',
  'phia',
  'gui',
  'nhac',
  'doc',
  'thuoc',
  'tai',
  'giao',
  'la',
]);
/** A loose form opening the message counts only if chat follows ("tư pháp còn…", not "xây dựng kế hoạch"). */
const CHAT_AFTER = new Set([
  'con',
  'co',
  'da',
  'chua',
  'oi',
  'a',
  'nhe',
  'thi',
  'dang',
  'van',
  'can',
  'phai',
  'xong',
  'lam',
  'nop',
  'sao',
]);
/** "cơ sở y tế", "văn bản": the head word is part of an ordinary word before it. */
const FALSE_STARTS = new Set(['co so', 'van ban', 'can bo']);

const isAbbreviation = (word: string): boolean => (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2;

function strengthOf(record: AgencyKeyRecord, ws: readonly string[]): Strength {
  if (NEVER_IN_TEXT.has(record.key)) return 'none';
  const firstWord = words(record.text)[0] ?? '';
  if (ws.length === 1) return isAbbreviation(firstWord) && record.key.length >= 3 ? 'strong' : 'qualified';
  // "Văn" heads "Văn phòng …" only: the alias "Văn hóa" is an ordinary word ("cán bộ văn hóa xã").
  const head = HEADS.has(ws[0] ?? '') && !(ws[0] === 'van' && ws[1] !== 'phong');
  if (record.isName || head || isAbbreviation(firstWord)) return 'strong';
  return 'loose';
}

interface Mention {
  entry: AgencyEntry;
  start: number;
  end: number;
  strong: boolean;
}

const better = (a: Mention, b: Mention | undefined): boolean =>
  !b ||
  (a.strong !== b.strong
    ? a.strong
    : a.end - a.start !== b.end - b.start
      ? a.end - a.start > b.end - b.start
      : a.start < b.start);

/** `findInText` over `records` (the directory's); `fuzzy` is the resolver's fuzzy stage. */
export function createInTextFinder(
  directory: AgencyDirectory,
  records: readonly AgencyKeyRecord[],
  fuzzy: FuzzyRanker,
): (text: string) => Agency | null {
  // Free-text index: folded form → entries with their strength; and the longest form per first word.
  const scanIndex = new Map<string, { entry: AgencyEntry; strength: Strength }[]>();
  const maxWordsByFirst = new Map<string, number>();
  for (const r of records) {
    const ws = r.key.split(' ');
    const strength = strengthOf(r, ws);
    if (strength === 'none') continue;
    const list = scanIndex.get(r.key) ?? [];
    list.push({ entry: r.entry, strength });
    scanIndex.set(r.key, list);
    const first = ws[0] ?? '';
    maxWordsByFirst.set(first, Math.max(maxWordsByFirst.get(first) ?? 0, ws.length));
  }

  const current = (e: AgencyEntry): AgencyEntry => directory.currentEntry(e);
  const localOptions = { prefer: directory.provinces(), inText: true };
  const stageScores = new ScoredList();

  /** The longest acceptable form starting at each word; the best of them wins. */
  const scan = (ws: readonly string[], original: readonly string[]): Mention | undefined => {
    let best: Mention | undefined;
    for (let i = 0; i < ws.length; i++) {
      const local = localGovernmentAt(ws, original, i, 2, localOptions);
      if (local) {
        const [entry] = directory.lookup(local.name);
        const m = entry && { entry, start: i, end: local.end, strong: true };
        if (m && better(m, best)) best = m;
      }
      // A listed district named alone ("vo nhai co viec nao"): weaker than any named agency.
      const named = districtNamedAt(ws, original, i, localOptions);
      if (named) {
        const key = ws.slice(i, named.end).join(' ');
        const [entry] =
          scanIndex.has(key) || directory.withPrefixKey(key).length > 0 ? [] : directory.lookup(named.name);
        const m = entry && { entry, start: i, end: named.end, strong: false };
        if (m && better(m, best)) best = m;
      }
      const prev = i > 0 ? (ws[i - 1] ?? '') : '';
      if (FALSE_STARTS.has(`${prev} ${ws[i] ?? ''}`)) continue;
      const longest = Math.min(maxWordsByFirst.get(ws[i] ?? '') ?? 0, ws.length - i);
      for (let n = longest; n >= 1; n--) {
        const hits = scanIndex.get(ws.slice(i, i + n).join(' '));
        if (!hits || new Set(hits.map((h) => h.entry)).size !== 1) continue;
        const strengths = new Set(hits.map((h) => h.strength));
        const strength: Strength = strengths.has('strong') ? 'strong' : strengths.has('loose') ? 'loose' : 'qualified';
        const qualifier = regionLengthAt(ws, i + n);
        if (strength === 'qualified' && qualifier === 0) continue;
        if (strength === 'loose' && !POINTERS.has(prev)) {
          const after = ws[i + n + qualifier];
          if (i > 0 || (after !== undefined && !CHAT_AFTER.has(after))) continue;
        }
        const entry = hits[0]?.entry;
        const m = entry && { entry, start: i, end: i + n + qualifier, strong: strength !== 'loose' };
        if (m && better(m, best)) best = m;
        break;
      }
    }
    return best;
  };

  /** Typo fallback: windows that start like an agency name, judged like resolve's fuzzy step. */
  const fuzzyInText = (ws: readonly string[]): AgencyEntry | undefined => {
    let best: { entry: AgencyEntry; sim: number; n: number } | undefined;
    const runnerUp = new Map<AgencyEntry, number>();
    for (let i = 0; i < ws.length; i++) {
      if (!HEADS.has(ws[i] ?? '') || (i > 0 && FALSE_STARTS.has(`${ws[i - 1] ?? ''} ${ws[i] ?? ''}`))) continue;
      // A ministry ("Bộ Tư pháp") is not the province's department: only "Bộ Chỉ huy …" is an agency here.
      if (ws[i] === 'bo' && ws[i + 1] !== 'chi') continue;
      for (let n = 2; n <= Math.min(8, ws.length - i); n++) {
        const key = ws.slice(i, i + n).join(' ');
        if (compactKey(key).length < MIN_FUZZY_CHARS) continue;
        fuzzy(key, stageScores);
        for (let k = 0; k < Math.min(3, stageScores.size); k++) {
          const entry = stageScores.entries[k]!;
          const sim = stageScores.sims[k]!;
          runnerUp.set(entry, Math.max(sim, runnerUp.get(entry) ?? 0));
          if (!best || sim > best.sim || (sim === best.sim && n > best.n && entry !== best.entry))
            best = { entry, sim, n };
        }
      }
    }
    if (!best || best.sim < ACCEPT_IN_TEXT) return undefined;
    const top = best;
    const close = [...runnerUp].filter(([e, sim]) => sim >= top.sim - TIE && current(e) !== current(top.entry));
    return close.length === 0 ? top.entry : undefined;
  };

  return (text) => {
    const original = words(text);
    const ws = foldWords(original);
    if (ws.length === 0) return null;
    const found = scan(ws, original);
    if (found) return found.entry;
    return fuzzyInText(ws) ?? null;
  };
}
