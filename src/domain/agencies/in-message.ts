import { fold } from '../text.js';
import type { AgencyLookup } from './lookup.js';

// The pronoun in lower case: "xã Minh Tiến" is a commune, "xã mình" the writer's own.
const OWN_UNIT =
  /(?<![\p{L}])(?:[Đđ]ơn vị|[Dd]on vi|[Cc]ơ quan|[Cc]o quan|[Ss]ở|[Ss]o|[Hh]uyện|[Hh]uyen|[Hh]ội|[Hh]oi|[Bb]an|[Xx]ã|[Xx]a|[Pp]hòng|[Pp]hong) (?:mình|minh|em|tôi|toi)(?![\p{L}])/gu;
// Case matters for "ca tinh": lower case is "cả tỉnh", "CA tỉnh" is Công an tỉnh.
const WHOLE_PROVINCE =
  /(?<![\p{L}])(?:[Tt]oàn tỉnh|[Tt]oan tinh|[Cc]ả tỉnh|TOÀN TỈNH|TOAN TINH|CẢ TỈNH|(?<!(?:bên|ben|thuộc|thuoc) )ca tinh(?= (?:co|đã|da|có)))(?![\p{L}])/gu;
export const OWN_AGENCY =
  /\b(?:ben em|ben minh|ben toi|bon em|(?:don vi|co quan|so|huyen|hoi|ban|xa|phong) (?:em|minh|toi)|chung toi|chung em)\b/;

/** What a message says about its agency: the one named, or the words that name none (or several). */
export type AgencyInMessage =
  { agency: string } | { agencyText: string; agencyProblem: 'ambiguous' | 'unknown' } | null;

/**
 * The agency a message is about, once its intent is known: found anywhere in the text, or as a
 * short form where an agency is expected (after "của/bên", before the verb, in brackets, first
 * or last words). The writer's own unit ("huyện mình") and the whole province ("cả tỉnh") name
 * none. `exact` is for a slash command's arguments, which are only a name.
 */
export function agencyInMessage(text: string, agencies: AgencyLookup, exact: boolean): AgencyInMessage {
  // "Kính gửi bot, Văn phòng UBND tỉnh đề nghị … của Sở Xây dựng": the sender of a formal
  // request is the subject only when the request is about its own unit ("đơn vị", "Sở được giao").
  const request = exact
    ? null
    : /^(?:(?:kính gửi|kinh gui|gửi|gui)[^,]*,\s*)?[^,.]{3,60}?\s+(?:đề nghị|de nghi)\s+/iu.exec(text);
  if (request) {
    const rest = text.slice(request[0].length);
    const about = agencyInMessage(rest, agencies, false);
    if ((about !== null && 'agency' in about) || !/\b(?:don vi|so duoc|cua so|ben em|co quan)\b/.test(fold(rest)))
      return about;
  }
  // "huyện mình", "Sở mình": the writer's own unit, not a district named Minh; "toàn tỉnh"
  // is everyone, not Tòa án nhân dân tỉnh.
  // Document numbers ("Kế hoạch số 145/KH-STP") name the issuer's code, not who is asked about.
  const clean = (
    exact
      ? text
      : text
          .replace(OWN_UNIT, ' ')
          .replace(WHOLE_PROVINCE, ' ')
          .replace(/[\p{L}\p{N}]*\d+\/[\p{L}\p{N}.&-]+/gu, ' ')
  )
    .replace(/[?!.…]+$/u, '')
    .trim();
  if (clean === '') return null;
  if (exact) {
    const found = agencies.resolve(clean);
    if (found.kind === 'match') return { agency: found.agency.name };
    const inText = agencies.findInText(clean);
    if (inText) return { agency: inText.name };
    return { agencyText: clean, agencyProblem: found.kind };
  }
  // "Sở Nội vụ vừa gửi công văn, nhưng em muốn biết riêng Sở Tư pháp …": the agency after the
  // turn of the sentence is the one asked about.
  const turn = lastTurn(clean);
  const turned = turn === null ? null : agencies.findInText(turn);
  if (turned) return { agency: turned.name };
  const inText = agencies.findInText(clean);
  if (inText) return { agency: inText.name };
  // "CA tỉnh" in capitals is Công an tỉnh wherever it stands (in lower case it reads "cả tỉnh").
  const police = /(?<![\p{L}])CA (?:tỉnh|tinh|TỈNH|TINH)(?![\p{L}])/u.exec(clean);
  if (police) {
    const found = agencies.resolve(police[0]);
    if (found.kind === 'match') return { agency: found.agency.name };
  }
  // Short forms that are also common words ("CA tỉnh") are found only where an agency is
  // expected: after "của", or before the verb that opens the question.
  const folded = fold(clean);
  const words = clean.split(/\s+/);
  const after = /\b(cua|ben|thuoc)\s+(.+)$/.exec(folded);
  const before = /^(.+?)\s+(?:con|co|duoc|dc|phai|dang|da|chua|tre|bi|sap|can|xong|bao cao|ht|hoan)\b/.exec(folded);
  // "Đơn vị em (CA tỉnh) báo cáo …": a name in brackets is the agency.
  const inBrackets = /\(([^)]{2,40})\)/u.exec(clean)?.[1];
  if (inBrackets) {
    const found = agencies.resolve(inBrackets);
    if (found.kind === 'match') return { agency: found.agency.name };
  }
  let problem: AgencyInMessage = null;
  for (const part of [after?.[2], before?.[1]]) {
    if (!part) continue;
    const start = folded.indexOf(part);
    const original = words
      .slice(folded.slice(0, start).split(' ').filter(Boolean).length)
      .slice(0, part.split(' ').length)
      .join(' ');
    // "của toàn tỉnh", "của cả tỉnh", "của bên em" name no agency; "của CA tỉnh", "bên ca tỉnh" do.
    const everyone =
      after?.[1] === 'cua'
        ? /^(?:toan tinh|ca\b|tat ca|moi nguoi|minh|em|toi|chung)\b/
        : /^(?:toan tinh|tat ca|moi nguoi|minh|em|toi|chung)\b/;
    if (part === after?.[2] && everyone.test(part) && !/^CA\b/.test(original)) continue;
    const found = agencies.resolve(original);
    if (found.kind === 'match') return { agency: found.agency.name };
    // "bên ca tỉnh có hạn gì": the name is the first words after "bên", the question follows.
    if (part === after?.[2]) {
      const leading = leadingAgency(original, agencies);
      if (leading) return { agency: leading };
    }
    // A name after "của" that is no agency we know: say so, with the closest names.
    const hasCandidates = found.kind === 'ambiguous' || found.suggestions.length > 0;
    if (part === after?.[2] && hasCandidates && !OWN_AGENCY.test(part)) {
      problem = { agencyText: original.replace(/[?!.…]+$/u, ''), agencyProblem: found.kind };
    }
  }
  if (problem) return problem;
  // "việc quá hạn phú lương": a district or agency named last, after the question.
  const trailing = trailingAgency(words, agencies);
  return trailing ? { agency: trailing } : null;
}

/** The longest run of the first words (two to five) that is exactly an agency's name. */
function leadingAgency(original: string, agencies: AgencyLookup): string | null {
  const ws = original.split(/\s+/);
  for (let n = Math.min(5, ws.length - 1); n >= 2; n--) {
    const found = agencies.resolve(ws.slice(0, n).join(' '));
    if (found.kind === 'match' && found.score >= 0.9) return found.agency.name;
  }
  return null;
}

/** The last two to four words, when they are exactly an agency's name and nobody's ("anh Phú Bình"). */
function trailingAgency(all: readonly string[], agencies: AgencyLookup): string | null {
  const words = all.filter((word) => /\p{L}/u.test(word));
  for (let n = Math.min(4, words.length - 1); n >= 2; n--) {
    const prev = fold(words[words.length - n - 1] ?? '');
    if (/^(?:anh|chi|em|a|c|e|ong|ba|co|chu|bac|di|ve|tai|o|xa|thon|xom|phuong|duong|tu|den|toi|sang)$/.test(prev))
      continue;
    const found = agencies.resolve(
      words
        .slice(-n)
        .join(' ')
        .replace(/[?!.…,]+$/u, ''),
    );
    if (found.kind === 'match' && found.score >= 1) return found.agency.name;
  }
  return null;
}

// Typed with diacritics only: without them "nhưng" is "những" and "còn" is "con".
const TURN =
  /(?<![\p{L}])(?:nhưng|còn|riêng|lần này|thế|vậy|muốn biết|muốn hỏi|muốn xem|cho (?:em|tôi|mình|chị|anh) (?:hỏi|xem|biết)|bot cho)(?![\p{L}])/giu;

/** The text after the last word that turns a sentence to what is asked ("nhưng", "còn", "riêng"…), if any. */
function lastTurn(text: string): string | null {
  let last = -1;
  for (const m of text.matchAll(TURN)) last = m.index + m[0].length;
  return last <= 0 ? null : text.slice(last);
}
