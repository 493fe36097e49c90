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
