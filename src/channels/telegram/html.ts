/**
 * Telegram HTML: every piece of user or sheet text goes through `escapeHtml`, so a task
 * reading "<b>" or "A & B" shows literally and can never break the message's formatting.
 */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export const bold = (raw: string) => `<b>${escapeHtml(raw)}</b>`;
export const italic = (raw: string) => `<i>${escapeHtml(raw)}</i>`;

/**
 * Cuts plain text into pieces whose escaped form fits `budget` characters: at spaces when
 * it can, inside a word only when a single word is longer than the budget.
 */
export function splitEscaped(raw: string, budget: number): string[] {
  if (escapeHtml(raw).length <= budget) return [raw];
  const pieces: string[] = [];
  let current = '';
  const flush = () => {
    if (current !== '') pieces.push(current);
    current = '';
  };
  for (const word of raw.split(/(?<=\s)/)) {
    if (escapeHtml(current + word).length <= budget) {
      current += word;
      continue;
    }
    flush();
    if (escapeHtml(word).length <= budget) {
      current = word;
      continue;
    }
    for (const char of word) {
      if (escapeHtml(current + char).length > budget) flush();
      current += char;
    }
  }
  flush();
  return pieces;
}
