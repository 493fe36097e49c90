/**
 * Text as every reader hands it on: «\n» line ends, plain spaces, NFC, and none of the invisible
 * characters a web page or a PDF carries (zero-width spaces and joiners, a byte-order mark
 * anywhere, soft hyphens): «\u200BSở Y tế» is «Sở Y tế».
 */
export function normalizeText(text: string): string {
  return text
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
