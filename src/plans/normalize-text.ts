/**
 * Text as every reader hands it on: «\n» line ends, plain spaces, NFC, and none of the invisible
 * characters a web page or a PDF carries (zero-width spaces and joiners, a byte-order mark
 * anywhere, soft hyphens): «\u200BSở Y tế» is «Sở Y tế».
 */
// Rule «symbol-font-bullet»: a Word bullet set in the Symbol or Wingdings font comes out of a PDF
// viewer's copy as a private-use character («\uF0B7» •, «\uF0A7» ▪, «\uF0D8» ➢, «\uF076» ❖, «\uF0FC» ✓,
// «\uF06E» ■): at a line's start it is a «- » bullet. The Symbol font's signs are their Unicode selves
// wherever they stand («\uF0B3» ≥ may open a wrapped line); any other private-use character is nothing.
const SYMBOL_BULLET = /^([ \t]*)[\uF0B7\uF0A7\uF0D8\uF076\uF0FC\uF06E\uF0A8\uF0E8][ \t]*/gmu;
const SYMBOL_SIGNS: Readonly<Record<string, string>> = {
  '\uF0B3': '≥',
  '\uF0A3': '≤',
  '\uF0B1': '±',
  '\uF0B4': '×',
  '\uF0B8': '÷',
  '\uF0B0': '°',
  '\uF0AE': '→',
};

export function normalizeText(text: string): string {
  return text
    .replace(SYMBOL_BULLET, '$1- ')
    .replace(/[\uF000-\uF0FF]/gu, (c) => SYMBOL_SIGNS[c] ?? '')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .normalize('NFC');
}

/**
 * Rule «typed-numbering»: a small office types «1/ Phòng Kinh tế …» and «III- TỔ CHỨC THỰC HIỆN»
 * for «1.» and «III.»; a paragraph so numbered is numbered like any other. («1-» is left alone:
 * party documents number that way with a meaning of their own.)
 */
export function typedNumbering(paragraph: string): string {
  return paragraph
    .replace(/^(\s*(?:\*\*)?)(\d{1,2})\/\s+(?=\p{Lu})/u, '$1$2. ')
    .replace(/^(\s*(?:\*\*)?)([IVX]{1,5})\s*-\s+(?=\p{Lu})/u, '$1$2. ');
}
