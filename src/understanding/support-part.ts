import type { AgencyLookup } from '#src/domain/agencies/index.js';
import { fold } from '#src/domain/text.js';
import type { Parsed } from './types.js';
import { originalOffset } from './update-slots.js';

/**
 * Rule «support-part»: an update may report one agency's part of a task, «TN60-12 phần Sở Y tế
 * đã xong», «phần việc của STP hoàn thành», «phần phối hợp của UBND huyện Đại Từ xong rồi». The
 * agency named after «phần» is the part's owner (`part`); the conversation decides whether the
 * sender may report it. «phần trăm», «phần mềm», «một phần», «phần lớn» are no part, and a name
 * that fits no agency well enough («phần bên em») leaves the sender's own agency to the
 * conversation.
 */
const PART =
  /(?:^| )phan (?:(?:viec|cong viec|nhiem vu) )?(?:(?:phoi hop|duoc giao) )?(?:(?:cua|thuoc|ben|do) )?(?!(?:tram|mem|lon|con|nao|nhieu|nay|kinh|viec|thuong|hoi|mot|bao cao)\b)/g;

/** Words that end the agency's name: the status and what follows it. */
const STOP = new Set([
  'da',
  'dang',
  'chua',
  'xong',
  'hoan',
  'ht',
  'vuong',
  'kho',
  'tam',
  'moi',
  'thi',
  'con',
  'bi',
  'duoc',
  'cung',
  'roi',
  'nhe',
  'gui',
]);

/**
 * A part's owner is written as an agency: a capitalised name («Sở Y tế», «STP») or one starting
 * with a word of the kind («sở y tế», «ubnd huyện …»). «phần tài chính», «phần giáo dục» are
 * parts of the work, not Sở Tài chính's or Sở Giáo dục's.
 */
const AGENCY_WORD =
  /^(?:so|ban|ubnd|uy ban|cong an|bo chi huy|bo doi|hoi|tinh doan|doan|lien doan|lien hiep|mat tran|bao|dai|bhxh|bao hiem|van phong|thanh tra|kho bac|cuc|chi cuc|trung tam|truong|huyen|xa|phuong|thi xa|thi tran|thanh pho|tp|ngan hang|vien|dang uy|hdnd|cac|nganh)\b/;

/** The best a name must score to be taken: a typo passes, a sentence that looks like a name does not. */
const SURE = 0.86;

export interface PartFound {
  /** The directory name of the part's owner. */
  agency: string;
  /** Where the phrase «phần … <cơ quan>» stands in the original text. */
  start: number;
  end: number;
}

/** The agency whose part of a task the text reports, if it names one. */
export function findSupportPart(text: string, agencies: AgencyLookup): PartFound | null {
  const folded = fold(text);
  for (const m of folded.matchAll(PART)) {
    const from = m.index + m[0].length;
    const words = folded.slice(from).split(' ');
    const taken: string[] = [];
    for (const word of words.slice(0, 10)) {
      if (STOP.has(word)) break;
      taken.push(word);
    }
    if (taken.length === 0) continue;
    const start = originalOffset(text, folded, m.index + (m[0].startsWith(' ') ? 1 : 0));
    const nameStart = originalOffset(text, folded, from);
    // Shorter and shorter runs of words, so that «Sở Y tế xong» still names Sở Y tế.
    const written = /^\p{Lu}/u.test(text.slice(nameStart)) || AGENCY_WORD.test(taken.join(' '));
    for (let n = taken.length; n >= 1; n--) {
      // A lower-case word of its own («stp», «syt») only as an agency's exact short name.
      const abbreviation = n === 1 && (taken[0] ?? '').length <= 6;
      if (!written && !abbreviation) continue;
      const nameEnd = originalOffset(text, folded, from + taken.slice(0, n).join(' ').length);
      const name = text.slice(nameStart, nameEnd).replace(/[\s,.:;!?-]+$/u, '');
      const found = agencies.resolve(name);
      const sure = written ? SURE : 1;
      if (found.kind === 'match' && found.score >= sure) return { agency: found.agency.name, start, end: nameEnd };
    }
  }
  return null;
}

/**
 * An update with the part it reports: `part` set (and `agency`, when no reporter was read), and
 * the phrase taken out of the note (the line of the part says whose it is). Other intents are
 * left as they are.
 */
export function withSupportPart(parsed: Parsed, text: string, agencies: AgencyLookup): Parsed {
  if (parsed.intent !== 'status_update') return parsed;
  const found = findSupportPart(text, agencies);
  if (!found) return parsed;
  const phrase = text.slice(found.start, found.end);
  const note = parsed.note
    .replace(phrase, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s:,.;-]+/, '')
    .trim();
  // The part's owner is who the report is about when the message names no reporter itself.
  return { ...parsed, part: found.agency, agency: parsed.agency ?? found.agency, note };
}
