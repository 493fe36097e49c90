import { describe, expect, it } from 'vitest';
import { COMMANDS } from '#commands/index.js';
import { slashIntents } from '#src/conversation/engine.js';
import { fixedClock } from '#src/domain/clock.js';
import { normalizeDeadline } from '#src/domain/deadline.js';
import { extractPlan } from '#src/plans/extract.js';
import { textToBlocks } from '#src/plans/text-blocks.js';
import { createAgencyLookup } from '#src/domain/agencies/index.js';
import { Understanding } from '#src/understanding/types.js';
import { understandMessage } from '#src/understanding/understand.js';

// A small deterministic generator: the same inputs on every run, so a failure can be replayed.
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return { next, pick };
}

const PIECES = [
  'nhiệm vụ',
  'của',
  'Sở Tư pháp',
  'STP',
  'TN60-05',
  'xong',
  'chưa',
  '60%',
  'quá hạn',
  'tuần sau',
  'trước 30/6',
  '/capnhat',
  '/nhiemvu',
  'trang 99999',
  '(',
  ')',
  '«',
  '»',
  '\u0000',
  '\u0007',
  '\u202e',
  '\u200b',
  '🙏',
  '👍🏽',
  'ạ',
  'đ',
  'Đ',
  '\t',
  '\n',
  'مرحبا',
  '中文',
  'русский',
  '=IMPORTXML("http://x")',
  '<b>',
  '&amp;',
  '%',
  '////',
  '----',
  'Quý IV/2024',
  '99/99/9999',
];

const deps = {
  agencies: createAgencyLookup([]),
  now: () => fixedClock('2024-06-12T09:00:00').now(),
  slash: slashIntents(COMMANDS),
};

describe('the message parser under random and adversarial input', () => {
  it('understands 3,000 random messages without throwing, always within its contract', () => {
    const { next, pick } = random(20241122);
    for (let i = 0; i < 3000; i++) {
      const words = Array.from({ length: 1 + Math.floor(next() * 12) }, () => pick(PIECES));
      const message = words.join(next() < 0.5 ? ' ' : '');
      const parsed = understandMessage(message, deps);
      expect(Understanding.safeParse(parsed).success).toBe(true);
    }
  });

  it('handles very long messages, long runs of one character and deep repetition', () => {
    for (const message of [
      'a'.repeat(4000),
      'nhiệm vụ của '.repeat(300),
      'TN60-0'.repeat(600),
      `${'('.repeat(2000)}STP`,
      '1/'.repeat(1500),
      'đ'.repeat(3999),
    ]) {
      expect(Understanding.safeParse(understandMessage(message, deps)).success).toBe(true);
    }
  });

  it('normalizes random deadline phrases without throwing, never inventing a date from garbage', () => {
    const { next, pick } = random(7);
    for (let i = 0; i < 2000; i++) {
      const phrase = Array.from({ length: 1 + Math.floor(next() * 6) }, () => pick(PIECES)).join(' ');
      const result = normalizeDeadline(phrase, { year: 2024 });
      if (result.date !== null) expect(result.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(normalizeDeadline('99/99/9999', { year: 2024 }).date).toBeNull();
  });
});

describe('the plan importer under random and adversarial documents', () => {
  it('extracts from random text without throwing and reports what it could not read', () => {
    const { next, pick } = random(99);
    for (let i = 0; i < 200; i++) {
      const lines = Array.from({ length: 1 + Math.floor(next() * 60) }, () =>
        Array.from({ length: 1 + Math.floor(next() * 8) }, () =>
          pick([
            ...PIECES,
            '1.',
            'a)',
            '-',
            '|',
            '\t',
            'PHỤ LỤC',
            'TỔ CHỨC THỰC HIỆN',
            'Sở Nội vụ:',
            'Đơn vị chủ trì:',
          ]),
        ).join(' '),
      );
      const plan = extractPlan({ blocks: textToBlocks(lines.join('\n')) }, 'fuzz.txt');
      expect(Array.isArray(plan.tasks)).toBe(true);
      expect(Array.isArray(plan.problems)).toBe(true);
      for (const task of plan.tasks) expect(task.id).toMatch(/^[A-Z0-9]+-\d+$/);
    }
  });

  it('reads a huge appendix table of 5,000 rows', () => {
    const rows = Array.from(
      { length: 5000 },
      (_, i) => `${i + 1}\tNội dung số ${i + 1}\tSở Tư pháp\tSở Nội vụ\tQuý ${['I', 'II', 'III', 'IV'][i % 4]}/2024`,
    );
    const text = [
      'Số: 1/KH-UBND',
      'KẾ HOẠCH',
      'Thử',
      'PHỤ LỤC',
      'STT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành',
      ...rows,
    ].join('\n');
    const plan = extractPlan({ blocks: textToBlocks(text) }, 'huge.txt');
    expect(plan.tasks).toHaveLength(5000);
    expect(plan.tasks[4999]).toMatchObject({ lead: ['Sở Tư pháp'], deadline: '2024-12-31' });
  });

  it('survives pathological layouts: one enormous line, thousands of headings, unbalanced tables', () => {
    const cases = [
      'x'.repeat(200_000),
      Array.from({ length: 3000 }, (_, i) => `${i + 1}. Sở Nội vụ`).join('\n'),
      Array.from({ length: 2000 }, () => '|a|b|\n|---|').join('\n'),
      Array.from({ length: 2000 }, () => '\t\t\t\t\t\t\t').join('\n'),
      'TỔ CHỨC THỰC HIỆN\n'.repeat(1000),
    ];
    for (const text of cases) {
      const plan = extractPlan({ blocks: textToBlocks(text) }, 'odd.txt');
      expect(Array.isArray(plan.problems)).toBe(true);
    }
  });
});
