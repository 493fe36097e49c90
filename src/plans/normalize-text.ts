/**
 * Text as every reader hands it on: «\n» line ends, plain spaces, NFC, and none of the invisible
 * characters a web page or a PDF carries (zero-width spaces and joiners, a byte-order mark
 * anywhere, soft hyphens): «\u200BSở Y tế» is «Sở Y tế».
 */
// Rule «symbol-font-bullet»: a Word bullet set in the Symbol or Wingdings font comes out of a PDF
// viewer's copy as a private-use character («\uF0B7», «\uF0A7», «\uF0D8»): at a line's start it is a
// «- » bullet; anywhere else it is nothing a reader can use.
const SYMBOL_BULLET = /^([ \t]*)[\uF000-\uF0FF][ \t]*/gmu;

export function normalizeText(text: string): string {
  return text
    .replace(SYMBOL_BULLET, '$1- ')
    .replace(/[\uF000-\uF0FF]/gu, '')
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
