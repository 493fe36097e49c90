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
];

export function caseOfName(text: string): string {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4 || letters !== letters.toUpperCase()) return text;
  let lower = text.toLowerCase();
  for (const kind of KINDS) {
    // The word after a kind opens the body's own name: «chi cục thủy lợi» → «chi cục Thủy lợi».
    lower = lower.replace(
      new RegExp(`(^|[\\s,;(])(${kind})\\s+(\\p{L})`, 'gu'),
      (_m, pre: string, k: string, c: string) => `${pre}${k} ${c.toUpperCase()}`,
    );
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
