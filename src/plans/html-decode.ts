/**
 * Decodes a saved page: a byte-order mark; else UTF-8 when the bytes are valid UTF-8 (a page
 * re-encoded on saving may keep its old <meta>, and Windows-125x text with accents is never
 * valid UTF-8); else the charset its <meta> names; else Windows-1258, the Vietnamese code page
 * of pages from before Unicode.
 */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: the page says which code page, or it is the Vietnamese one.
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 8192));
  const label = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i)?.[1]?.toLowerCase() ?? 'windows-1258';
  try {
    return new TextDecoder(/^(?:utf-?8|utf-?16.*|unicode)$/.test(label) ? 'windows-1258' : label).decode(bytes);
  } catch {
    return new TextDecoder('windows-1258').decode(bytes); // a label TextDecoder does not know
  }
}
