import { trailingProvinceLength } from '../domain/agencies/index.js';

/**
 * Rule «caps-name»: a heading in capitals («I. PHÒNG TÀI NGUYÊN NƯỚC», «GIÁM ĐỐC CÁC ĐƠN VỊ TRỰC
 * THUỘC SỞ») names its body like every other heading; the sheet writes it in ordinary case: a
 * capital for the first word, for the word after the kind of body («Phòng Tài nguyên nước», «Chi
 * cục Thủy lợi», «Trung tâm Quan trắc …») and for «Sở». Names not all in capitals are kept.
 */
const KINDS = [
  'ủy ban nhân dân',
  'uỷ ban nhân dân',
  'trung tâm',
  'chi cục',
  'văn phòng',
  'thanh tra',
  'phòng',
  'ban',
  'sở',
  'cục',
  'viện',
  'hội',
  'đài',
  'báo',
  'trường',
  'bệnh viện',
  'công an',
  'bộ chỉ huy',
  'công ty',
  'tổng công ty',
];

/** Letters a name keeps in capitals («Công ty TNHH MTV …», «Ủy ban MTTQ …», «Văn phòng HĐND và UBND …»). */
const ACRONYMS = /(^|[\s,;(])(tnhh|mtv|hđnd|ubnd|mttq|bhxh|cp)(?=$|[\s,;:.)])/gu;

/** The level words after which a place's own name follows («phường hoàng mai» → «phường Hoàng Mai»). */
const LEVEL = /(\s(?:xã|phường|đặc khu|thị trấn|tỉnh|thành phố))((?:\s+\p{Ll}+){1,4})$/u;

export function caseOfName(text: string): string {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4 || letters !== letters.toUpperCase()) return text;
  let lower = text.toLowerCase();
  lower = lower.replace(ACRONYMS, (_m, pre: string, a: string) => `${pre}${a.toUpperCase()}`);
  for (const kind of KINDS) {
    // The word after a kind opens the body's own name: «chi cục thủy lợi» → «chi cục Thủy lợi»; a
    // company's after its legal form («công ty TNHH MTV thoát nước» → «… TNHH MTV Thoát nước»). Not
    // «ban» inside «ủy ban nhân dân», nor a level word («ủy ban nhân dân phường …»).
    lower = lower.replace(
      new RegExp(
        `(^|[\\s,;(])(?<!(?:ủy|uỷ)\\s)(${kind})((?:\\s+(?:TNHH|MTV|CP|cổ phần))*)\\s+(?!(?:xã|phường|tỉnh|thành phố|đặc khu|các|cấp)(?:\\s|$))(\\p{L})`,
        'gu',
      ),
      (_m, pre: string, k: string, form: string, c: string) => `${pre}${k}${form} ${c.toUpperCase()}`,
    );
  }
  lower = lower.replace(/việt nam/gu, 'Việt Nam');
  // A place's own name after its level, and a province at the end, each word with its capital.
  const title = (words: string): string =>
    words.replace(/(\s)(\p{Ll})/gu, (_m, sp: string, c: string) => `${sp}${c.toUpperCase()}`);
  lower = lower.replace(LEVEL, (_m, level: string, place: string) => `${level}${title(place)}`);
  const province = trailingProvinceLength(lower);
  if (province > 0) {
    const words = lower.split(' ');
    lower = [
      ...words.slice(0, -province),
      ...words.slice(-province).map((w) => w.charAt(0).toUpperCase() + w.slice(1)),
    ].join(' ');
  }
  lower = lower
    .replace(/(^|\s)sở(?=$|[\s,;:.)])/gu, '$1Sở')
    .replace(/ - (\p{L})/gu, (_m, c: string) => ` - ${c.toUpperCase()}`);
  // A Sở names its fields each with a capital: «Sở Nông nghiệp và Môi trường», «Sở Văn hóa, Thể thao
  // và Du lịch» («và» and the comma join fields, not words of one).
  if (/^sở\s/iu.test(lower))
    lower = lower.replace(/(,\s+|\svà\s+)(\p{Ll})/gu, (_m, joint: string, c: string) => `${joint}${c.toUpperCase()}`);
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}
