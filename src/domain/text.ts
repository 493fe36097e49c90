/**
 * Folds Vietnamese text for matching: lower case, no diacritics, đ → d, single spaces.
 * Every comparison of names typed by people goes through this.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}&/%.-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** First words of a text, cut at a word boundary, for one-line previews. */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[,;:.\s]+$/, '')}…`;
}
