/**
 * Folds Vietnamese text for matching: lower case, no diacritics, đ → d, single spaces.
 * Every comparison of names typed by people goes through this.
 */
// Rule «fold-once»: the importer folds the same names and lines again and again (every agency
// test folds its text), so a bounded memo of recent results saves a third of an import.
const folded = new Map<string, string>();
const FOLD_MEMO_SIZE = 20_000;

export function fold(text: string): string {
  const known = folded.get(text);
  if (known !== undefined) return known;
  const result = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}&/%.-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (folded.size >= FOLD_MEMO_SIZE) folded.clear();
  folded.set(text, result);
  return result;
}

const graphemes = new Intl.Segmenter('vi', { granularity: 'grapheme' });

/**
 * The longest start of `text` that is at most `max` UTF-16 units long (the unit chat APIs
 * count) and ends on a grapheme boundary: an emoji, a flag or a letter with its marks is
 * never cut in two (a lone surrogate makes Telegram refuse the whole message).
 */
export function graphemePrefix(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  // Boundaries up to `max` depend only on the text up to the code point after it.
  let end = 0;
  for (const { index, segment } of graphemes.segment(text.slice(0, max + 2))) {
    if (index + segment.length > max) break;
    end = index + segment.length;
  }
  return text.slice(0, end);
}

/**
 * First words of a text for display, at most `max` UTF-16 units with the «…»: cut at a word
 * boundary when one is near, always on a grapheme boundary. Every preview of user or sheet
 * text goes through this (never `.slice(0, n)`).
 */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = graphemePrefix(clean, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[,;:.\s]+$/, '')}…`;
}
