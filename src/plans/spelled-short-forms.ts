import { hasDutyVerb, startsWithAgency } from './agency-list.js';
import type { PlanDocument } from './document.js';
import { stripMarks } from './document.js';
import { spelledOut } from './office-shorthand.js';
import { fold } from '../domain/text.js';

/**
 * Rule «spelled-by-the-plan»: an office types its own divisions short in the table and never gives
 * a key («P.QLDT», «P.DVDL», «P.KHTV»), yet names them in full elsewhere — in «Nơi nhận», a
 * «Kính gửi» list, a sentence («Phòng Kế hoạch - Tài vụ hướng dẫn …»). When the short form's letters
 * are the initials of exactly one body the plan names («P.QLDT» = Phòng Quản lý Di tích), that body
 * is what the row means. The initials must match word for word: a short form that merely fits
 * inside a longer name is not read, and two names that fit leave it as written.
 */

/** A piece of text that may be a body's whole name: split at the marks that end a name in a list. */
const NAME_BREAKS = /\s*(?:[,;:()\n|]|\.\s|\.$)\s*/u;

/** The letters a short form stands for: every letter of its capitals, the initial of a word in letters. */
function shortLetters(short: string): string | null {
  const tokens = short.split(/[\s.\-–&/]+/u).filter((t) => t !== '');
  if (tokens.length === 0 || !tokens.some((t) => /^[\p{Lu}Đ]{2,}\d*$/u.test(t))) return null;
  const parts = tokens.map((t) => (/^[\p{Lu}Đ]+$/u.test(t) ? t : /^\p{Lu}\p{Ll}+$/u.test(t) ? t.charAt(0) : null));
  if (parts.includes(null)) return null;
  const letters = parts.join('');
  return /^[\p{Lu}Đ]{3,12}$/u.test(letters) ? fold(letters).replace(/\s/g, '') : null;
}

/** The initials of a body's name, word by word («Phòng Dịch vụ - Du lịch» → pdvdl); «và» is not spelled. */
function initials(name: string): string {
  return fold(name)
    .split(/[\s&/-]+/)
    .filter((w) => w !== '' && w !== 'va')
    .map((w) => w.charAt(0))
    .join('');
}

/**
 * Every body the plan names in full, by its initials: one name per initials, or null when two differ.
 * A name is a whole piece of a list («Phòng Quản lý Di tích, Phòng Bảo vệ;») or the subject of a
 * sentence, cut where its duty begins («Phòng Kế hoạch - Tài vụ hướng dẫn …»): never a name's first
 * words («Phòng Quản lý Di» of «Phòng Quản lý Di tích»).
 */
function namesByInitials(doc: PlanDocument): Map<string, string | null> {
  const out = new Map<string, string | null>();
  const add = (name: string): void => {
    const key = initials(name);
    const known = out.get(key);
    if (known === undefined) out.set(key, name);
    else if (known !== null && fold(known) !== fold(name)) out.set(key, null);
  };
  const texts = doc.blocks.flatMap((b) => (b.type === 'para' ? [b.text] : b.rows.flat()));
  for (const raw of texts) {
    for (const piece of stripMarks(raw).split(NAME_BREAKS)) {
      const text = piece
        .replace(/^[-–+*•]\s*/u, '')
        .replace(/\s+/g, ' ')
        .trim();
      if (!startsWithAgency(text) || !/^\p{Lu}/u.test(text)) continue;
      const words = text.split(' ');
      for (let k = 2; k <= Math.min(10, words.length); k += 1) {
        const name = words.slice(0, k).join(' ');
        const rest = words.slice(k).join(' ');
        if (/\d/u.test(name) || hasDutyVerb(name)) break;
        if (rest === '' || hasDutyVerb(` ${words.slice(k, k + 3).join(' ')}`)) add(name);
      }
    }
  }
  return out;
}

/**
 * The short forms among `names` that the plan spells out by one body's initials, each with that
 * body's name. Short forms the plan defines are not asked about (abbreviations.ts reads those).
 */
export function spelledByThePlan(doc: PlanDocument, names: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  let byInitials: Map<string, string | null> | null = null;
  for (const name of names) {
    const short = name.trim();
    // (A commune's shorthand the data knows, «P.KT», is spelled and completed by office-shorthand.ts.)
    if (out.has(short) || /\p{Ll}{2,}\s+\p{Ll}/u.test(short) || spelledOut(short) !== short) continue;
    const letters = shortLetters(short);
    if (letters === null) continue;
    byInitials ??= namesByInitials(doc);
    const full = byInitials.get(letters);
    if (full) out.set(short, full);
  }
  return out;
}
