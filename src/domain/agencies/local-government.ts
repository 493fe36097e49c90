/**
 * District and commune people's committees named in text: "UBND huyện Đại Từ", "huyen vo nhai",
 * "UBND Võ Nhai", "Phú Bình". Districts are checked against the list in districts.ts, so a name
 * typed without diacritics comes back spelled properly ("UBND huyện Võ Nhai"); a name the list
 * does not know is taken as typed (capitalised), as communes always are.
 *
 * A name held by districts of several provinces ("Châu Thành") is resolved by the diacritics,
 * a province named after it, the unit typed and the caller's preferred provinces: see
 * district-lookup.ts, which holds the list's indexes. The words read around a name are in
 * local-government-words.ts.
 */
import { chooseCommune, type Commune, communeAt } from './communes.js';
import type { District } from './districts.js';
import { choose, type Context, knownAt, type KnownName, lowerWords, nearAt, sameMarks } from './district-lookup.js';
import {
  BARE_AFTER,
  GROUP_BEFORE,
  type LocalKind,
  NAME_STOP,
  NOT_A_NAME,
  NOT_BARE_AFTER,
  PERSON_BEFORE,
  PRONOUNS,
  UBND_FORMS,
  UNIT_FIRST_WORDS,
  UNIT_OF_LABEL,
  UNITS,
} from './local-government-words.js';
import { wordsStartWith } from './name-keys.js';
import { provinceAt, regionLengthAt } from './province-names.js';

export interface LocalGovernmentMention {
  kind: LocalKind;
  /** Display name, e.g. "UBND huyện Đại Từ". */
  name: string;
  start: number;
  end: number;
  /** For a listed district: every province with a district of that name. */
  provinces?: readonly string[];
  /** For a listed district: its name alone, "Võ Nhai". */
  place?: string;
  /** For a commune or ward merged away on 1 July 2025: the one that took it in, "UBND xã Đại Phúc". */
  successor?: string;
  /** For a listed commune or ward: the unit of the list. */
  commune?: Commune;
}

export interface LocalOptions {
  /** Provinces (folded, as `provinceKey` gives them) whose districts win a shared name, likeliest first. */
  prefer?: readonly string[];
  /** The name is looked for in a chat message (stricter) rather than being the whole text. */
  inText?: boolean;
  /** false: take the name as typed, without the list of districts. */
  known?: boolean;
}

/** The longest name, in words, read from its capitals alone. */
const MAX_CAPITALISED_NAME = 5;

const capitalised = (word: string): boolean => {
  const first = word.charAt(0);
  return first !== first.toLocaleLowerCase('vi');
};

function contextAt(
  ws: readonly string[],
  original: readonly string[],
  at: number,
  n: number,
  unit: string | undefined,
  options: LocalOptions,
): Context {
  return {
    typed: original.slice(at, at + n),
    qualifier: provinceAt(ws, at + n),
    unit: unit === undefined ? undefined : UNIT_OF_LABEL.get(unit),
    prefer: options.prefer ?? [],
  };
}

function listed(known: KnownName, chosen: District, label: string, start: number, end: number): LocalGovernmentMention {
  const provinces = [...new Set(known.candidates.map((c) => c.province))];
  return { kind: 'district', name: `UBND ${label} ${chosen.name}`, start, end, provinces, place: chosen.name };
}

function titleCase(word: string): string {
  return word.charAt(0).toLocaleUpperCase('vi') + word.slice(1).toLocaleLowerCase('vi');
}

/**
 * A district or commune people's committee named at `start`: "UBND huyện Đại Từ", "UBND xã Phúc Xuân",
 * a bare "huyện Đại Từ", or "UBND Võ Nhai" (a listed district without its unit word).
 * `maxNameWords` bounds a name the list does not know; in free text it is small, as the end is a guess.
 */
export function localGovernmentAt(
  ws: readonly string[],
  original: readonly string[],
  start: number,
  maxNameWords: number,
  options: LocalOptions = {},
): LocalGovernmentMention | null {
  let at = start;
  const ubnd = UBND_FORMS.find((form) => wordsStartWith(ws, at, form));
  if (ubnd) at += ubnd.length;
  const useKnown = options.known !== false;
  // Most words start no unit: skip the search (this runs for every word of a message).
  if (!UNIT_FIRST_WORDS.has(ws[at] ?? '')) {
    if (!ubnd || !useKnown) return null;
    // "UBND Võ Nhai": the unit is the district's own; "UBND Thái Nguyên" is the province's committee.
    const found = knownAt(ws, at, false);
    if (!found || found.known.province) return null;
    const chosen = choose(found.known, contextAt(ws, original, at, found.n, undefined, options)).district;
    return listed(found.known, chosen, chosen.unit, start, at + found.n);
  }
  // "thành phố", "TP", "TX" alone are ordinary words unless a listed district follows ("TP Sông Công").
  const unit = UNITS.find(
    (u) =>
      wordsStartWith(ws, at, u.ws) &&
      (ubnd !== undefined ||
        u.bare ||
        (useKnown && u.kind === 'district' && u.label !== 'quận' && knownAt(ws, at + u.ws.length, true) !== null) ||
        (useKnown &&
          u.kind === 'commune' &&
          (communeAt(ws, at + u.ws.length) !== null ||
            ((u.ws[0] ?? '').length === 1 && capitalised(original[at + 1] ?? ''))))),
  );
  if (!unit) return null;
  const strict = options.inText === true && ubnd === undefined;
  // "mỗi huyện" is every district, but "đầu mối huyện Võ Nhai" is its focal point.
  const before = ws[start - 1] ?? '';
  if (strict && start > 0 && GROUP_BEFORE.has(before) && !(before === 'moi' && ws[start - 2] === 'dau')) return null;
  at += unit.ws.length;
  if (useKnown && unit.kind === 'district') {
    const found = knownAt(ws, at, true);
    // "huyện còn có…" is not huyện Cồn Cỏ: in chat a name that is also a phrase must come with its diacritics.
    const typed = found && lowerWords(original.slice(at, at + found.n));
    if (found && (!strict || !found.known.common || found.known.candidates.some((c) => c.lower === typed))) {
      const chosen = choose(found.known, contextAt(ws, original, at, found.n, unit.label, options)).district;
      return listed(found.known, chosen, unit.label, start, at + found.n);
    }
  }
  if (useKnown && unit.kind === 'commune') {
    const commune = listedCommune(ws, original, start, at, unit.label, strict, options);
    if (commune) return commune;
    // Without "UBND", a bare "xã"/"phường" names a commune only when the list knows it; a short
    // form ("P.Tân Thịnh") also before a capitalised name (units merged away in 2025 are not listed).
    if (ubnd === undefined) {
      if (unit.ws[0] !== 'p' && unit.ws[0] !== 'x') return null;
      let end = at;
      while (
        end < ws.length &&
        end - at < maxNameWords &&
        capitalised(original[end] ?? '') &&
        !NAME_STOP.has(ws[end] ?? '')
      )
        end++;
      return end === at
        ? null
        : {
            kind: 'commune',
            name: `UBND ${unit.label} ${original.slice(at, end).map(titleCase).join(' ')}`,
            start,
            end,
          };
    }
  }
  let end = at;
  while (end < ws.length && end - at < maxNameWords) {
    const w = ws[end] ?? '';
    if (NAME_STOP.has(w) || (end === at && NOT_A_NAME.has(w))) break;
    end++;
  }
  if (end === at) return null;
  end = capitalisedRunEnd(ws, original, at, end);
  // "huyện tôi", "huyện mình": the writer's own, not a name ("xã Minh Tiến", capitalised, is one).
  if (PRONOUNS.has(ws[at] ?? '') && !capitalised(original[at] ?? '')) return null;
  if (strict) {
    if (!unit.bare) return null;
    // District names have two syllables or more; "huyện Minh" in chat is "huyện mình".
    if (unit.kind === 'district' && end - at < 2) return null;
  }
  if (useKnown && unit.kind === 'district') {
    // In chat a typo'd name must still look like a name: "lãnh đạo huyện phê bình" is no Phú Bình.
    const named =
      !strict || original.slice(at, end).every(capitalised) || start === 0 || BARE_AFTER.has(ws[start - 1] ?? '');
    const near = named ? nearAt(ws, at, end, !strict) : null;
    if (near) {
      const chosen = choose(near, contextAt(ws, original, at, end - at, unit.label, options)).district;
      return listed(near, chosen, unit.label, start, end);
    }
  }
  // In chat a name no list knows is a proper noun, capitalised: "xếp hạng huyện theo số việc" names none.
  if (strict && !original.slice(at, end).every(capitalised)) return null;
  const name = original.slice(at, end).map(titleCase).join(' ');
  return { kind: unit.kind, name: `UBND ${unit.label} ${name}`, start, end };
}

/**
 * A name no list knows, typed capitalised, runs on while its words are: "UBND phường Đinh Công
 * Tráng Đông báo cáo" names all four, not "… Đinh Công" (in chat `maxNameWords` is 2). Only up
 * to a province's or a district's name, and when a word in lower case (or the end) closes the
 * run: in capitals throughout, the end is a guess.
 */
function capitalisedRunEnd(ws: readonly string[], original: readonly string[], at: number, end: number): number {
  if (!original.slice(at, end).every(capitalised)) return end;
  // Where the name's place begins (a province, a district), the name has ended.
  const placeAt = (k: number): boolean => regionLengthAt(ws, k) > 0 || knownAt(ws, k, false) !== null;
  let run = end;
  while (run < ws.length && run - at < MAX_CAPITALISED_NAME) {
    if (!capitalised(original[run] ?? '') || NAME_STOP.has(ws[run] ?? '') || placeAt(run)) return run;
    run++;
  }
  return run === ws.length || !capitalised(original[run] ?? '') || placeAt(run) ? run : end;
}

/**
 * A listed commune or ward after its unit word: "phường Phan Đình Phùng" (three words, whatever
 * `maxNameWords`), "xa tan phu" spelled as the list (and the preferred province) spells it. In chat
 * a name typed in lower case with diacritics needs the unit word typed with them too ("xã tân
 * phú"), so that "xa" ("far") before a place is no commune.
 */
function listedCommune(
  ws: readonly string[],
  original: readonly string[],
  start: number,
  at: number,
  label: string,
  strict: boolean,
  options: LocalOptions,
): LocalGovernmentMention | null {
  const found = communeAt(ws, at);
  if (!found) return null;
  const typed = original.slice(at, at + found.n);
  const plain = typed.every((w, k) => w.toLocaleLowerCase('vi') === ws[at + k]);
  const unitWord = original[at - 1] ?? '';
  if (strict && !plain && !typed.every(capitalised) && unitWord.toLocaleLowerCase('vi') === ws[at - 1]) return null;
  const chosen = chooseCommune(found.candidates, options.prefer ?? [], label);
  const name = plain && chosen ? chosen.name : typed.map(titleCase).join(' ');
  const mention: LocalGovernmentMention = { kind: 'commune', name: `UBND ${label} ${name}`, start, end: at + found.n };
  if (chosen) mention.commune = chosen;
  const successor = chosen?.successor;
  if (!successor) return mention;
  // A former unit's name is one of some 8,000: in chat it must look like a name (capitalised, or
  // after "xã"/"phường" typed with its diacritics), so "xa hoa binh" alone names none.
  if (strict && !typed.every(capitalised) && unitWord.toLocaleLowerCase('vi') === ws[at - 1]) return null;
  return { ...mention, successor: `UBND ${successor.unit} ${successor.name}` };
}

/**
 * A listed district named alone at `start` ("vo nhai co viec nao qua han"), as its committee.
 * Only names of two syllables or more that are not a province's, not an ordinary phrase (marked
 * in districts.ts), typed with their own diacritics if any, not after a word that makes them a
 * commune, street, river or place one goes to, and not shared by two units of one province ("Cao
 * Lãnh": thành phố and huyện). In chat (`inText`) the name must also stand where an agency is
 * named: first in the message, after "của/bên/cho/thuộc…", or capitalised and not after a family
 * name ("Đặng Xuân Trường"), so "minh bạch thông tin" is not huyện Bạch Thông. Whether the words
 * start another agency's name is the caller's check: it holds the directory.
 */
export function districtNamedAt(
  ws: readonly string[],
  original: readonly string[],
  start: number,
  options: LocalOptions = {},
): LocalGovernmentMention | null {
  const found = knownAt(ws, start, false);
  if (!found || found.known.words < 2 || found.known.province || found.known.common) return null;
  const prev = start > 0 ? (ws[start - 1] ?? '') : '';
  if (start > 0 && NOT_BARE_AFTER.has(prev)) return null;
  const typed = original.slice(start, start + found.n);
  if (!sameMarks(typed, ws.slice(start, start + found.n), found.known)) return null;
  if (options.inText && start > 0 && !BARE_AFTER.has(prev) && !(typed.every(capitalised) && !PERSON_BEFORE.has(prev)))
    return null;
  const chosen = choose(found.known, contextAt(ws, original, start, found.n, undefined, options));
  const units = found.known.candidates.filter((c) => c.province === chosen.province);
  if (units.length > 1) return null;
  return listed(found.known, chosen.district, chosen.district.unit, start, start + found.n);
}

/**
 * The local government a whole name is (a trailing province allowed): "UBND huyện Đại Từ tỉnh
 * Thái Nguyên", "ubnd vo nhai", "UBND xã Phúc Xuân"; a listed district named alone only with
 * `bare`. A listed district wins; a longer name that only starts like one is taken as typed.
 */
export function localGovernmentNamed(
  ws: readonly string[],
  original: readonly string[],
  options: LocalOptions & { bare?: boolean } = {},
): LocalGovernmentMention | null {
  const spans = (m: LocalGovernmentMention | null): m is LocalGovernmentMention =>
    m !== null && m.end + regionLengthAt(ws, m.end) === ws.length;
  const known = localGovernmentAt(ws, original, 0, 6, options);
  if (spans(known)) return known;
  const typed = localGovernmentAt(ws, original, 0, 6, { ...options, known: false });
  if (spans(typed)) return typed;
  if (!options.bare) return null;
  const bare = districtNamedAt(ws, original, 0, options);
  return spans(bare) ? bare : null;
}
