/** Text as every reader hands it on: no byte-order mark, «\n» line ends, plain spaces, NFC. */
export function normalizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .normalize('NFC');
}
