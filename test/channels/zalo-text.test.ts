import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { addressedText } from '#src/channels/zalo/addressing.js';
import { splitText } from '#src/channels/zalo/split.js';
import { manualClock } from '#src/domain/clock.js';
import { zaloSeenIn } from '#src/state/zalo-seen.js';

describe('splitting a reply into Zalo messages', () => {
  it('keeps a short text whole, and sends nothing for an empty one', () => {
    expect(splitText('Xin chào')).toEqual(['Xin chào']);
    expect(splitText('  \n\n ')).toEqual([]);
  });

  it('cuts at a blank line in preference to a line end, then at a line end before a space', () => {
    const block = (n: number, size: number) =>
      Array.from({ length: size }, (_, i) => `• TN${n}-${i}: việc cần làm`).join('\n');
    const text = [block(1, 40), block(2, 40), block(3, 40)].join('\n\n');
    const pieces = splitText(text, 2000);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(2000);
    expect(pieces[0]?.endsWith('• TN2-39: việc cần làm')).toBe(true);
    expect(pieces.join('\n\n')).toBe(text);
    const lines = Array.from({ length: 200 }, (_, i) => `Dòng ${i}`).join('\n');
    const byLine = splitText(lines, 100);
    expect(byLine.every((piece) => piece.length <= 100 && !piece.startsWith('\n'))).toBe(true);
    expect(byLine.join('\n')).toBe(lines);
  });

  it('cuts a long line at spaces, and a run without any by characters, never inside an emoji', () => {
    const words = 'nhiệm vụ '.repeat(600).trim();
    const pieces = splitText(words, 2000);
    expect(pieces.length).toBe(3);
    expect(pieces.every((piece) => piece.length <= 2000 && !piece.endsWith(' nhiệ'))).toBe(true);
    expect(pieces.join(' ')).toBe(words);
    const run = `${'a'.repeat(1999)}😀${'b'.repeat(10)}`;
    const cut = splitText(run, 2000);
    expect(cut).toEqual(['a'.repeat(1999), `😀${'b'.repeat(10)}`]);
  });
});

describe('what a Zalo group message says to the bot', () => {
  const names = ['Đôn Đốc', 'DonDocBot'];

  it('takes commands, mentions and calls, without the mention or the call', () => {
    expect(addressedText('/nhiemvu Sở Tư pháp', names)).toBe('/nhiemvu Sở Tư pháp');
    expect(addressedText('@DonDocBot nhiệm vụ của Sở Tư pháp', names)).toBe('nhiệm vụ của Sở Tư pháp');
    expect(addressedText('cho hỏi @đôn đốc: TN60-05 hạn khi nào?', names)).toBe('cho hỏi TN60-05 hạn khi nào?');
    expect(addressedText('Bot ơi, 2', names)).toBe('2');
    expect(addressedText('don doc oi tiếp', names)).toBe('tiếp');
    expect(addressedText('Đôn Đốc ơi!', names)).toBe('/trogiup');
    expect(addressedText('@DonDocBot', [])).toBeNull();
  });

  it('leaves everything else alone', () => {
    for (const chatter of [
      'nhiệm vụ của Sở Tư pháp',
      '1',
      'tiếp',
      'gửi @DonDocBotFan nhé',
      'robot ơi',
      'chatbot ơi',
      'email@DonDocBot.vn',
    ]) {
      expect(addressedText(chatter, names)).toBeNull();
    }
  });
});

describe('the Zalo de-duplication table', () => {
  it('knows a message by chat and id, and forgets it after the retention', () => {
    const clock = manualClock('2024-06-15T09:00:00');
    const db = new Database(':memory:');
    const seen = zaloSeenIn(db, { clock, keepMs: 1000 });
    expect(seen.firstTime('chat-1', 'm1')).toBe(true);
    expect(seen.firstTime('chat-1', 'm1')).toBe(false);
    expect(seen.firstTime('chat-2', 'm1')).toBe(true);
    clock.advance(5000);
    expect(seen.prune()).toBe(2);
    expect(seen.firstTime('chat-1', 'm1')).toBe(true);
    db.close();
  });
});
