import { capitalize, hasDutyVerb, startsWithAgency } from './agency-list.js';
import type { PlanDocument } from './document.js';
import { stripMarks } from './document.js';
import { fold } from '../domain/text.js';
import { spelledOut } from './office-shorthand.js';

/**
 * Rule «defined-abbreviation»: a plan names a body in full once and then by letters it defines
 * («Trung tâm Kiểm soát bệnh tật thành phố (sau đây gọi tắt là TTKSBT)», «… (viết tắt là BCĐ)»).
 * Rows that say «TTKSBT» belong to that body, so the sheet shows the name the directory knows.
 */
// The short form: letters («TTKSBT», «BCĐ») or a few words («Hội đồng thi đua»), its letters maybe
// in groups («Phòng KT,HT&ĐT»).
const DEFINITION =
  /([^()]{3,200}?)\s*\((?:sau đây\s+)?(?:được\s+)?(?:gọi|viết)(?:\s+tắt(?:\s+là)?|\s+là)\s*[:“"]?\s*([\p{Lu}Đ](?:[\p{L}\d&\-. ]|,(?=[\p{Lu}Đ])){1,40}?)[”".]?\s*\)/gu;

/**
 * «Phòng Kinh tế, Hạ tầng và Đô thị (P.KT,HT&ĐT)», «Đội Quản lý trật tự đô thị phường (Đội QLTTĐT)»:
 * the short form in a bare bracket right after the name, when its letters spell the name.
 */
// The short form may keep the kind's word or two («Đội QLTTĐT», «Trung tâm PVHCC») and its letters may
// come in groups («Phòng KT, HT&ĐT», «VP HĐND-UBND») and end in a number («Phòng TTKT2»).
const BARE_DEFINITION =
  /([^()]{3,200}?)\s*\(((?:[\p{Lu}][\p{Ll}]{1,6}\s+(?:[\p{Ll}]{1,6}\s+)?)?[\p{Lu}Đ][\p{Lu}Đ&.,-]{1,20}(?:\s[\p{Lu}Đ][\p{Lu}Đ&.,-]{1,20}){0,3}\d{0,2})\)/gu;

/**
 * Rule «unit-code»: the police and the army call their units by code («Phòng Tham mưu (PV01)»,
 * «Phòng Cảnh sát điều tra tội phạm về ma túy (PC04)»); the code spells nothing, so the bracket right
 * after a body's name is what defines it, and later rows say «PV01» alone.
 */
const UNIT_CODE = /([^()]{3,200}?)\s*\(([\p{Lu}Đ]{1,3}\d{2,3})\)/gu;

/**
 * `text.matchAll(pattern)` for the bracket patterns above (a name of at most 200 characters with no
 * bracket in it, then a bracket with no bracket inside), found bracket by bracket: each match ends at
 * the first «)» after its «(», so the pattern runs on the window from where that name could begin to
 * that «)». Same matches, without the engine walking 200 characters ahead from every position of a
 * long paragraph (it was half of a seed plan's import time).
 */
function* bracketMatches(text: string, pattern: RegExp): Generator<RegExpMatchArray> {
  const once = new RegExp(pattern.source, pattern.flags.replace('g', ''));
  let from = 0;
  for (let open = text.indexOf('(', from); open >= 0; open = text.indexOf('(', open + 1)) {
    const close = text.indexOf(')', open);
    if (close < 0) return;
    if (text.lastIndexOf('(', close) !== open) continue; // a bracket inside a bracket: no match ends here
    let nameEnd = open;
    while (nameEnd > 0 && /\s/u.test(text.charAt(nameEnd - 1))) nameEnd -= 1;
    const lastBracket = Math.max(text.lastIndexOf('(', open - 1), text.lastIndexOf(')', open - 1));
    const start = Math.max(from, lastBracket + 1, nameEnd - 200);
    const m = text.slice(start, close + 1).match(once);
    if (m?.index === undefined) continue;
    m.index += start;
    yield m;
    from = close + 1;
  }
}

/** The shortest body named at the end of a text that the short form spells («Sở Văn hóa, Thể thao và Du lịch», not the list before it). */
function spelledAtEnd(text: string, short: string): string | null {
  const words = text.trim().split(/\s+/);
  for (let k = words.length - 1; k >= Math.max(0, words.length - 15); k -= 1) {
    const tail = words.slice(k).join(' ');
    if (startsWithAgency(tail) && !hasDutyVerb(tail) && spells(short, tail)) return tail;
  }
  return null;
}

/**
 * Rule «topic-abbreviation»: «… phòng cháy, chữa cháy rừng (PCCCR) mùa khô …» shortens a topic, not a
 * body; a body's name that holds it («Đội Kiểm lâm cơ động và PCCCR») is written with it spelled out
 * (rule «short-form-inside»). Only when each word before the bracket gives one letter, in order.
 */
function topicSpelled(text: string, short: string): string | null {
  if (!/^[\p{Lu}Đ]{3,8}$/u.test(short)) return null;
  const words = text.trim().split(/\s+/);
  const tail = words.slice(-short.length);
  if (tail.length !== short.length || !/^\p{Ll}/u.test(tail[0] ?? '')) return null;
  const initials = tail.map((w) => fold(w.replace(/^[^\p{L}]+/u, '')).charAt(0)).join('');
  return initials === fold(short) ? tail.join(' ').replace(/[,;:]$/u, '') : null;
}

/** The short form's letters, in order, are the name's (the first with the first). */
function spells(short: string, name: string): boolean {
  const letters = fold(short).replace(/[^a-z]/g, '');
  const full = fold(name).replace(/[^a-z]/g, '');
  if (letters.length < 2 || letters[0] !== full[0]) return false;
  let at = 0;
  for (const ch of letters) {
    at = full.indexOf(ch, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

/**
 * Rule «stated-abbreviation»: a sentence that says it outright, without brackets: «Văn phòng Đăng ký
 * đất đai tỉnh viết tắt là VPĐKĐĐ; Chi cục Trồng trọt và Bảo vệ thực vật viết tắt là Chi cục TT&BVTV».
 */
const STATED =
  /([^;.:()]{3,200}?)\s*,?\s+(?:sau đây\s+)?(?:được\s+)?(?:viết|gọi) tắt là\s+[“"]?([\p{Lu}Đ](?:[\p{L}\d&\-. ]|,(?=[\p{Lu}Đ])){1,30}?)[”"]?(?=\s*(?:[;)]|,(?![\p{Lu}Đ])|\.\s|\.?$))/gu;

/**
 * Rule «legend»: a key under a table («Ghi chú: C - cơ quan chủ trì; P - cơ quan phối hợp. BQL: Ban
 * Quản lý …; STC: Sở Tài chính; …») spells out the letters its columns use.
 */
const LEGEND = /(?:^|[;.]\s*|:\s+)([\p{Lu}Đ][\p{Lu}Đ&\d]{1,9}):\s*([^;:]{4,160}?)(?=\s*(?:;|\.\s|\.?$))/gu;

/**
 * Rule «legend-list»: the key under an appendix, entry by entry, however the office writes it: «Chữ
 * viết tắt trong Phụ lục: SNV - Sở Nội vụ; TTPVHCC - Trung tâm Phục vụ hành chính công tỉnh; Các
 * sở, ngành - các sở, ban, ngành cấp tỉnh», «Ghi chú: P.NVY: Phòng Nghiệp vụ Y; VP Sở: Văn phòng Sở
 * Y tế». Only in a note («Ghi chú», «viết tắt»), and only entries whose right side names a body.
 */
function legendEntries(text: string): Array<[string, string]> {
  const note = text.match(
    /^(?:\(?[*_]?\s*)?(?:Ghi chú|Chú thích|Chữ viết tắt|Các chữ viết tắt)[^:]{0,40}:\s*(.+)$/su,
  )?.[1];
  if (note !== undefined) return entriesOf(note.replace(/^(?:Chữ|Các chữ|Từ) viết tắt[^:]{0,40}:\s*/u, ''));
  // Rule «key-in-sentence»: «Trong Kế hoạch này, các chữ viết tắt được hiểu như sau: HT: Hiệu
  // trưởng; PHT: Phó Hiệu trưởng; TTCM: tổ trưởng chuyên môn; …» — a key the text announces may
  // spell out posts as well as bodies (a school's, a team's).
  const key = text.match(/(?:chữ|từ) viết tắt[^:]{0,60}:\s*(.+)$/isu)?.[1];
  return key === undefined ? [] : entriesOf(key, true);
}

/** A post or role a key may spell out: a few words, no figures («Phó Hiệu trưởng», «Giáo viên chủ nhiệm»). */
const isPostName = (name: string): boolean => /^\p{Lu}[\p{L}\s-]{2,40}$/u.test(name) && name.split(/\s+/).length <= 6;

/**
 * Rule «legend-goes-on»: a key that ends in «;» goes on in the next paragraph (a PDF line that
 * opens with a short name after a line ending in «;» reads as a new one: «…; VPUBND - Văn phòng
 * UBND tỉnh;» / «TTPVHCC - Trung tâm Phục vụ hành chính công tỉnh; …»).
 */
const LEGEND_GOES_ON = /;\s*[*_]*\s*$/u;

function entriesOf(body: string, posts = false): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  // Entries in words («Phòng QLCL là Phòng Quản lý chất lượng - Giáo dục thường xuyên») may stand a
  // sentence or a comma apart («…. Phòng KHTC là …», «…, Văn phòng là Văn phòng Sở»), and the short form
  // may hold a dash itself («Trung tâm GDNN - GDTX là …»).
  for (const entry of body.split(/\s*;\s*|\.\s+(?=\p{Lu})|,\s+(?=[^,;.]{2,30}\slà\s)/u)) {
    const m = / là /u.test(entry)
      ? entry.match(/^(.{2,40}?)\s+là\s+(.{4,160}?)[.\s*_]*$/su)
      : entry.match(/^(.{2,40}?)\s*(?:\s[-–]\s|:\s)\s*(.{4,160}?)[.\s*_]*$/su);
    const [short, name] = [(m?.[1] ?? '').trim(), capitalize((m?.[2] ?? '').trim())];
    const named = startsWithAgency(name) || (posts && isPostName(name));
    if (!/\p{Lu}/u.test(short) || !named || hasDutyVerb(name)) continue;
    // «Các sở, ngành: Sở Tài chính, Sở NN&MT, Sở Công Thương» lists bodies; it is no one body's name.
    // («VP - Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh» is one office with commas in its name.)
    if (/^Các\s/iu.test(short) && name.split(/,\s*/).filter((piece) => startsWithAgency(piece)).length >= 2) continue;
    out.push([short, name]);
  }
  return out;
}

export function definedAbbreviations(doc: PlanDocument): Map<string, string> {
  const found = new Map<string, string>();
  const define = (short: string, name: string | null): void => {
    if (name && short !== '' && !found.has(short)) found.set(short, name);
  };
  let legendGoesOn = false;
  let hanging: string | null = null;
  for (const block of doc.blocks) {
    if (block.type !== 'para') {
      legendGoesOn = false;
      hanging = null;
      continue;
    }
    const text = stripMarks(block.text);
    for (const m of bracketMatches(text, DEFINITION)) {
      const [before, short] = [m[1] ?? '', m[2] ?? ''];
      define(short, nameAtEnd(before) ?? nameFromShort(before, short) ?? longSpelledName(before, short));
    }
    for (const m of bracketMatches(text, BARE_DEFINITION))
      define(m[2] ?? '', spelledAtEnd(m[1] ?? '', m[2] ?? '') ?? topicSpelled(m[1] ?? '', m[2] ?? ''));
    for (const m of bracketMatches(text, UNIT_CODE)) define(m[2] ?? '', nameAtEnd(m[1] ?? ''));
    // The sentence states a name, so a name with a verb in it («Trung tâm Quy hoạch xây dựng tỉnh») is whole.
    // Only letters («VPĐKĐĐ», «Chi cục TT&BVTV»): a team called by its first words is another rule's.
    for (const m of text.matchAll(STATED)) {
      const short = m[2] ?? '';
      // («Phòng KT,HT&ĐT»; and rule «short-name-is-head»: «Văn phòng HĐND và UBND phường viết tắt là Văn
      // phòng» shortens a name to its first words.)
      const head = (m[1] ?? '').trim().startsWith(`${short} `) && short.split(/\s+/).length <= 3;
      if (/\p{Lu}{2,}/u.test(short) || head) define(short, nameAtEnd(m[1] ?? '') ?? statedName(m[1] ?? '', short));
    }
    for (const m of text.matchAll(LEGEND)) {
      const name = (m[2] ?? '').trim();
      define(m[1] ?? '', startsWithAgency(name) && !hasDutyVerb(name) ? name : null);
    }
    // A key broken inside an entry («…; P.CNTT:» / «Phòng Công nghệ thông tin; P.KHTC: …»): the
    // next paragraph opens with the name of the short form left hanging.
    let body = text;
    if (hanging !== null) {
      const [first = '', ...rest] = text.split(/\s*;\s*/u);
      const name = capitalize(first.replace(/[.\s*_]+$/u, '').trim());
      if (startsWithAgency(name) && !hasDutyVerb(name)) define(hanging, name);
      body = rest.join('; ');
    }
    const entries: Array<[string, string]> = legendGoesOn ? entriesOf(body) : legendEntries(text);
    for (const [short, name] of entries) define(short, name);
    const cut = entries.length > 0 ? text.match(/(?:^|;\s*)([\p{Lu}Đ][^\s;:]{1,15}):\s*[*_]*\s*$/u)?.[1] : undefined;
    hanging = cut ?? null;
    legendGoesOn = entries.length > 0 && (LEGEND_GOES_ON.test(text) || cut !== undefined);
  }
  return found;
}

/**
 * Rule «defined-short-name»: «Thành lập Tổ công tác rà soát, tháo gỡ khó khăn … trên địa bàn tỉnh
 * (sau đây gọi tắt là Tổ công tác)», «Kiện toàn Ban Chỉ đạo tỉnh về phát triển khoa học … (sau đây
 * gọi tắt là Ban Chỉ đạo)»: a team's name holds its work («rà soát», «phát triển»), so no body is
 * found by its words; the short name is its first words, and the full name runs from there.
 */
function nameFromShort(text: string, short: string): string | null {
  const at = text.lastIndexOf(short);
  if (at < 0 || short.split(/\s+/).length < 2 || !startsWithAgency(short)) return null;
  const name = text
    .slice(at)
    .trim()
    .replace(/[,;:]$/, '');
  return name.length > short.length && name.split(/\s+/).length <= 40 ? name : null;
}

/** The body named at the end of a text: the longest ending that opens with a body's word. */
function statedName(text: string, short: string): string | null {
  const t = text.trim();
  return t.length <= 120 && startsWithAgency(t) && spells(short.replace(/^\p{Lu}\p{Ll}+(?:\s\p{Ll}+)?\s/u, ''), t)
    ? t
    : null;
}

/**
 * «…; Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh (sau đây gọi tắt
 * là Ban QLDA dân dụng)»: a long name with a verb in it («xây dựng»), too long for `nameAtEnd`. The
 * bracket says it is a name; the short form's letters, spelling it, say where it begins.
 */
function longSpelledName(text: string, short: string): string | null {
  const words = (text.split(/[;:]/).pop() ?? '').trim().split(/\s+/);
  // A short form that keeps its kind's word («Ban QLDA …») names a body of that kind: not the list
  // of bodies before it («Giao Sở Y tế, Bệnh viện Đa khoa tỉnh, Ban Quản lý dự án …»).
  const kind = short.match(/^\p{Lu}\p{Ll}+(?=\s)/u)?.[0];
  for (let k = Math.max(0, words.length - 25); k < words.length - 1; k += 1) {
    const tail = words.slice(k).join(' ').replace(/^,\s*/, '');
    if (kind !== undefined && !tail.startsWith(`${kind} `)) continue;
    if (startsWithAgency(tail) && spells(short, tail)) return tail;
  }
  return null;
}

function nameAtEnd(text: string): string | null {
  // A list of bodies before the bracket («…; Thuế tỉnh; Ngân hàng Chính sách xã hội … (sau đây viết tắt
  // là NHCSXH tỉnh)»): the name is the last of them.
  const words = (text.split(';').pop() ?? text).trim().split(/\s+/);
  for (let k = Math.max(0, words.length - 15); k < words.length; k += 1) {
    const tail = words
      .slice(k)
      .join(' ')
      .replace(/^[,;:]\s*/, '');
    if (startsWithAgency(tail) && !hasDutyVerb(tail)) return tail;
  }
  return null;
}

/** Names written as a defined abbreviation, in full. */
export function expandNames(
  names: readonly string[],
  defined: ReadonlyMap<string, string>,
  completions: ReadonlyMap<string, string> = new Map(),
): string[] {
  const folded = new Map([...defined].map(([short, full]) => [key(short), full]));
  const expand = (n: string): string =>
    defined.get(n.trim()) ?? folded.get(key(n)) ?? phongOf(n, folded) ?? spelledOut(n, completions);
  // Rule «list-of-short-forms»: «SNNMT, SKHCN» in a doer cell is two bodies the key defines; the list
  // was not split before, as no piece opens with a body's word.
  const listed = names.flatMap((n) => {
    const pieces = n.split(/\s*[,;]\s*/u).filter((p) => p !== '');
    const known = (p: string): boolean => defined.has(p) || folded.has(key(p)) || startsWithAgency(p);
    return pieces.length >= 2 && pieces.some((p) => defined.has(p)) && pieces.every(known) ? pieces : [n];
  });
  return listed.map((n) => {
    const person = n.trim().match(PERSON_WITH_POST);
    if (person) return `${person[2]}, ${expand(person[3] ?? '')}`;
    const whole = expand(n);
    return whole !== n ? whole : withShortFormsSpelled(n, defined);
  });
}

/**
 * Rule «short-form-inside»: a name that holds a short form the plan defines («Chủ tịch CĐCS»,
 * «Các phòng nghiệp vụ thuộc BHXH tỉnh», «Đội Kiểm lâm cơ động và PCCCR») is written with it
 * spelled out, as the sheet writes every body. Only short forms of three capitals or more, whole.
 */
function withShortFormsSpelled(name: string, defined: ReadonlyMap<string, string>): string {
  let out = name;
  for (const [short, full] of defined) {
    if (!/^[\p{Lu}Đ][\p{Lu}Đ&]+$/u.test(short) || short.length < 3) continue;
    // («&» is no special character: escaped, a Unicode pattern refuses it. The short form holds only
    // capitals and «&», so it needs no escape at all.)
    const escaped = short;
    const at = new RegExp(`(?<=^|\\s)${escaped}(?=$|[\\s,;)])`, 'u');
    // (Not at the name's start: there the whole name is the short form's body, read above. Nor a
    // full name that ends with its place before more words: «UBND: Ủy ban nhân dân tỉnh» inside
    // «Văn phòng HĐND và UBND tỉnh», «… thuộc UBND cấp huyện» names another level.)
    const placed = /\s(?:tỉnh|thành phố|huyện|xã|phường|đặc khu)$/u.test(full);
    const goesOn = new RegExp(`${escaped}\\s+\\p{L}`, 'u').test(out);
    if (at.test(out) && !out.startsWith(short) && !(placed && goesOn)) out = out.replace(at, full);
  }
  return out;
}

/** «P.KHTC» where the key spells «KHTC - Phòng Kế hoạch - Tài chính»: the same phòng (rule «phong-short»). */
function phongOf(name: string, folded: ReadonlyMap<string, string>): string | undefined {
  const initials = name.trim().match(/^P\.\s?(\S{2,})$/u)?.[1];
  const full = initials === undefined ? undefined : folded.get(key(initials));
  return full !== undefined && /^Phòng\s/u.test(full) ? full : undefined;
}

/**
 * Rule «person-with-post»: a row led by a person is written «Thầy Trần Quốc Việt, PHT», «Bà Nguyễn
 * Thị Thu Hằng, Phó Giám đốc»: the person's name (every word capitalised) and post stay, the
 * honorific goes and a post the plan abbreviates is spelled out. Only a name of capitalised words
 * before the comma: «Phòng Kinh tế, Hạ tầng và Đô thị» has words in lower case and is one office.
 */
const PERSON_WITH_POST =
  /^((?:Ông|Bà|Thầy|Cô|Anh|Chị|Đồng chí|đồng chí|Đ\/c|đ\/c)\s+)?((?:\p{Lu}\p{Ll}*\s+){1,4}\p{Lu}\p{Ll}*),\s*(.{2,60})$/u;

/**
 * The abbreviation as compared: lower case, and rule «wrapped-abbreviation» — a narrow PDF column
 * breaks the letters inside the word («Phòng HCTP&BT» / «TP»), so a space between capitals that
 * goes on in one to three capitals is no space; nor is one after a hyphen between capitals.
 */
function key(name: string): string {
  return (
    name
      .trim()
      .replace(/(?<=[\p{Lu}Đ&]{2})\s+(?=[\p{Lu}Đ]{1,3}(?:\s|$))/gu, '')
      // … nor around a hyphen between the letters («Phòng HC-» / «TH», «Phòng HC - TH», «HC -TH»).
      .replace(/(?<=[\p{Lu}Đ])\s*-\s*(?=[\p{Lu}Đ])/gu, '-')
      .toLowerCase()
  );
}
