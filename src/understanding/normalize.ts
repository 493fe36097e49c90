import { fold } from '#src/domain/text.js';
import { SYLLABLE } from './typos.js';

/**
 * What a chat does to a message before it is read: the bot called by name or @mention, letters
 * held down ("quáááá hạn", "xongggg"), words typed without spaces ("sởtưpháp", "nhữngviệc").
 * The result keeps the user's diacritics; only the understanding reads it (notes keep the words
 * as typed).
 */
export function normalizeMessage(text: string): string {
  return (
    text
      .normalize('NFC')
      // "@DonDocBot …", "Đôn Đốc ơi": the bot by its handle or its name. (Lower-case "đôn đốc" is
      // the verb, "to urge": "anh Long đôn đốc giúp".)
      .replace(/(?<![\p{L}\d_])@\w*bot\b/giu, 'bot')
      .replace(/(?<![\p{L}])(?:Đôn Đốc|ĐÔN ĐỐC|Don Doc|DON DOC|DonDoc)(?![\p{L}])/gu, 'bot')
      // No Vietnamese word has a letter three times in a row. Abbreviations do ("Sở TTTT", "CCCD",
      // "quý III"), so in capitals only vowels and a final G, N or H held down are collapsed.
      .replace(/(?![tivx])(\p{Ll})\1{2,}/gu, '$1')
      .replace(/([AĂÂEÊOÔƠUƯÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰGNH])\1{2,}/gu, '$1')
      .replace(/\p{L}{6,}/gu, splitRunTogether)
      // "ủy ban tỉnh/huyện/xã" is the people's committee (not Ủy ban MTTQ).
      .replace(
        /(?<![\p{L}])(?:ủy ban|uỷ ban|uy ban|Ủy ban|Uỷ ban|Uy ban|ỦY BAN|UY BAN)(?= (?:tỉnh|huyện|xã|phường|tinh|huyen|xa|phuong|TỈNH|HUYỆN|XÃ)(?![\p{L}]))/gu,
        'UBND',
      )
      // Regional words with their own spelling: "chừ" is "bây giờ", "gởi" is "gửi".
      .replace(/(?<![\p{L}])chừ(?![\p{L}])/gu, 'bây giờ')
      .replace(/(?<![\p{L}])gởi(?![\p{L}])/gu, 'gửi')
  );
}

const VOWEL_START = /^[aeiouy]/;
const ONSET_ONLY = new Set(['ph', 'th', 'tr', 'kh', 'gh', 'qu']);

/**
 * "sởtưpháp" → "sở tư pháp": a token that is no syllable but splits into syllables entirely.
 * The split with the fewest syllables wins, syllables that start with a vowel counting a little
 * more ("bànhành" is "bàn hành", not "bành ành"). Only tokens typed with diacritics are split (so
 * "update" is not "up da te"); abbreviations (LĐTBXH) have too few vowels to split.
 */
function splitRunTogether(token: string): string {
  const chars = [...token];
  const folded = chars.map((ch) => fold(ch)).join('');
  // Typed with diacritics, so Vietnamese: "update" or "pending" in plain letters are left alone.
  if (
    folded.length !== chars.length ||
    !/^[a-z]+$/.test(folded) ||
    folded === token.toLowerCase() ||
    SYLLABLE.test(folded)
  )
    return token;
  const n = folded.length;
  const cost = new Array<number>(n + 1).fill(Infinity);
  const from = new Array<number>(n + 1).fill(-1);
  cost[0] = 0;
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - 7); start < end; start++) {
      const piece = folded.slice(start, end);
      if (cost[start] === Infinity || !SYLLABLE.test(piece)) continue;
      // A cut inside "ph", "th", "tr", "kh", "qu" is unlikely ("tư pháp", not "tưp háp").
      const split = start > 0 && ONSET_ONLY.has(folded.slice(start - 1, start + 1));
      const c = cost[start]! + 1 + (VOWEL_START.test(piece) ? 0.6 : 0) + (split ? 0.5 : 0);
      // On a tie the longer first syllables win ("bạnhành" is "ban hành", not "ba nhành").
      if (c <= cost[end]!) {
        cost[end] = c;
        from[end] = start;
      }
    }
  }
  if (cost[n] === Infinity) return token;
  const cuts: number[] = [];
  for (let at = n; at > 0; at = from[at]!) cuts.unshift(from[at]!);
  if (cuts.length < 2) return token;
  return cuts.map((start, k) => chars.slice(start, cuts[k + 1] ?? n).join('')).join(' ');
}
