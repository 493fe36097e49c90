import { graphemePrefix } from '#src/domain/text.js';

/**
 * Zalo takes 1–2,000 characters per message. A longer reply is sent as several messages,
 * each as full as it can be, cut at the most natural boundary in its second half: a blank
 * line (between blocks) first, then a line end (between tasks), then a space; a single run
 * without any is cut by characters.
 */
export const ZALO_TEXT_LIMIT = 2000;

const BOUNDARIES = ['\n\n', '\n', ' '];

export function splitText(text: string, limit = ZALO_TEXT_LIMIT): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    const cut = cutAt(rest, limit);
    const piece = rest.slice(0, cut).trimEnd();
    if (piece !== '') pieces.push(piece);
    rest = rest.slice(cut).trimStart();
  }
  if (rest !== '') pieces.push(rest);
  return pieces;
}

/** Where to end the next message of `text` (longer than `limit`). */
function cutAt(text: string, limit: number): number {
  const window = text.slice(0, limit + 1);
  for (const boundary of BOUNDARIES) {
    // The boundary itself may sit just past the limit: it is dropped, not sent.
    const at = window.lastIndexOf(boundary, limit);
    if (at >= limit / 2 || (boundary === ' ' && at > 0)) return at;
  }
  // No boundary at all: cut by characters, never inside an emoji or a letter with its marks.
  return graphemePrefix(text, limit).length || limit;
}
