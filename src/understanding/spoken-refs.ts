import { DIGIT, NUMBER, valueOf } from './numbers.js';

/**
 * Task references as people mistype or say them, rewritten as typed IDs in folded text:
 * look-alike letters in an ID ("KH24-O9", "tn60-l7", "TN6o-I2" → kh24-09, tn60-17, tn60-12),
 * an ID spelled out by speech-to-text ("tê nờ sáu mươi gạch bốn mươi tư" → tn60-44, "ca hát
 * hai bốn gạch không ba" → kh24-03) and a task number in words ("nhiệm vụ mười hai" →
 * nhiem vu 12, "việc thứ tư" → viec 4).
 */
const LOOK_ALIKE = /\b([a-z]{1,4})(\d[\doil]{1,3})([-.]?)([\doil]{1,3})\b/g;
const digits = (s: string) => s.replace(/o/g, '0').replace(/[il]/g, '1');

/** Vietnamese names of the letters, folded ("tê" t, "nờ"/"en" n, "ca" k, "hát" h, "gờ" g, "lờ" l …). */
const LETTER: Record<string, string> = {
  te: 't',
  to: 't',
  no: 'n',
  en: 'n',
  ne: 'n',
  go: 'g',
  gie: 'g',
  lo: 'l',
  el: 'l',
  ca: 'k',
  ka: 'k',
  hat: 'h',
  ho: 'h',
  de: 'd',
  do: 'd',
  be: 'b',
  bo: 'b',
  xe: 'c',
  co: 'c',
  mo: 'm',
  em: 'm',
  pe: 'p',
  po: 'p',
  ro: 'r',
  et: 's',
  so: 's',
  ve: 'v',
  vo: 'v',
  quy: 'q',
  ich: 'x',
  a: 'a',
  i: 'i',
  u: 'u',
  y: 'y',
};
const LETTERS = `(?:${Object.keys(LETTER).join('|')})`;
const DIGIT_WORD = `(?:khong|${Object.keys(DIGIT).join('|')})`;
/** A task's number: "bốn mươi tư", "không ba", "mười một". */
const TASK_NUMBER = `(?:khong ${DIGIT_WORD}|${NUMBER})`;
// Letter names are common words ("có em hai ba…"): the ID needs its dash said ("gạch", "trừ") or
// a word that announces a task before it ("nhiệm vụ gờ lờ hai bốn mười một").
const SPOKEN_ID = new RegExp(
  `\\b((?:${LETTERS} ){2,3})(${DIGIT_WORD}(?: ${DIGIT_WORD}){1,2}|${NUMBER}) (?:gach(?: ngang)?|tru|ngang) (${TASK_NUMBER})\\b|(?<=\\b(?:nhiem vu|viec|nv|ma|so) )((?:${LETTERS} ){2,3})(${DIGIT_WORD}(?: ${DIGIT_WORD}){1,2}|${NUMBER}) (${TASK_NUMBER})\\b`,
  'g',
);
/** "nhiệm vụ số mười hai", "việc thứ tư", or a number of two words or more ("nhiệm vụ mười hai"). */
const TASK_IN_WORDS = new RegExp(
  `\\b(nhiem vu|viec|nv|cong viec) (?:(so|thu) (${NUMBER}|nhat)|(${NUMBER}))\\b(?! (?:\\d|nay|sau|toi|truoc|qua|ngoai|phan tram))`,
  'g',
);

function numberOf(words: string): number {
  const ws = words.split(' ');
  // Digit by digit ("hai bốn", "không ba", "năm năm hai") unless it is a tens form ("hai mươi").
  if (!ws.includes('muoi') && ws.length > 1)
    return Number(ws.map((w) => (w === 'khong' ? 0 : (DIGIT[w] ?? 0))).join(''));
  return valueOf(words);
}

export function spokenTaskRefs(folded: string): string {
  return folded
    .replace(LOOK_ALIKE, (whole, code: string, plan: string, dash: string, task: string) =>
      /\d/.test(plan) && /[oil]/.test(plan + task) && (dash !== '' || /\d/.test(task))
        ? `${code}${digits(plan)}-${digits(task)}`
        : whole,
    )
    .replace(SPOKEN_ID, (...m: Array<string | undefined>) => {
      const [letters = '', plan = '', task = ''] = m[1] !== undefined ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
      const code = letters
        .trim()
        .split(' ')
        .map((w) => LETTER[w] ?? '')
        .join('');
      return `${code}${numberOf(plan)}-${String(numberOf(task)).padStart(2, '0')}`;
    })
    .replace(
      TASK_IN_WORDS,
      (whole, noun: string, marker: string | undefined, marked: string | undefined, bare: string | undefined) => {
        const words = marked ?? bare ?? '';
        if (marker === undefined && !words.includes(' ')) return whole;
        return `${noun} ${words === 'nhat' ? 1 : numberOf(words)}`;
      },
    );
}
