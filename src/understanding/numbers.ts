/**
 * Numbers said in words, as speech-to-text and older writers give them ("ngày mười lăm tháng bảy",
 * "mười ngày tới", "quý ba"), turned into digits where a number is expected. Folded text. Only in
 * those places: "ba", "năm", "sáu", "bảy", "tám" are also father, year, after, now and temporary.
 */
export const DIGIT: Record<string, number> = {
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  tu: 4,
  nam: 5,
  lam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
};
export const ONES = '(?:mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin)';
/** 1–99: "mười", "mười lăm", "hai mươi", "hai mươi mốt", "hai mốt", "ba lăm". */
export const NUMBER = `(?:(?:mot|hai|ba|bon|tu|nam|sau|bay|tam|chin) muoi(?: ${ONES})?|muoi(?: ${ONES})?|(?:hai|ba|bon|nam|sau|bay|tam|chin) (?:mot|lam)|${ONES})`;

export function valueOf(words: string): number {
  const ws = words.split(' ');
  if (ws[0] === 'muoi') return 10 + (ws[1] ? (DIGIT[ws[1]] ?? 0) : 0);
  if (ws[1] === 'muoi') return (DIGIT[ws[0] ?? ''] ?? 0) * 10 + (ws[2] ? (DIGIT[ws[2]] ?? 0) : 0);
  if (ws.length === 2) return (DIGIT[ws[0] ?? ''] ?? 0) * 10 + (DIGIT[ws[1] ?? ''] ?? 0);
  return DIGIT[ws[0] ?? ''] ?? 0;
}

// "quý sau" is next quarter and "ngày sau" later: a number word counts there only where a number must be.
const AFTER_WORD = new RegExp(
  `\\b(?:(ngay|mung|mong) (${NUMBER})(?= thang\\b)|(ngay|mung|mong) ((?:${ONES} )?muoi(?: ${ONES})?)\\b|(quy) (mot|hai|ba|bon|tu)\\b|(trong|trong vong) (${NUMBER})(?= (?:ngay|hom|tuan|thang)\\b))`,
  'g',
);
const BEFORE_UNIT = new RegExp(`\\b(${NUMBER}) (ngay|hom|tuan|thang) (toi|nua|sap toi)\\b`, 'g');
const MONTH_AFTER_DAY = new RegExp(`\\b(ngay|mung|mong) (\\d{1,2}) thang (${NUMBER}|gieng|chap)\\b`, 'g');
/** "đến hai mươi tháng bảy": a date without "ngày". */
const BARE_DATE = new RegExp(`\\b(den|toi|tu|truoc|het) (${NUMBER}) thang (${NUMBER}|gieng|chap)\\b`, 'g');

export function spelledNumbers(folded: string): string {
  return folded
    .replace(BARE_DATE, (_, word: string, n: string, month: string) => `${word} ngay ${valueOf(n)} thang ${month}`)
    .replace(BEFORE_UNIT, (_, n: string, unit: string, rest: string) => `${valueOf(n)} ${unit} ${rest}`)
    .replace(AFTER_WORD, (...m: string[]) => {
      const [word, n] = [1, 3, 5, 7].map((k) => [m[k], m[k + 1]] as const).find(([w]) => w !== undefined) ?? ['', ''];
      return `${word} ${valueOf(n ?? '')}`;
    })
    .replace(MONTH_AFTER_DAY, (_, word: string, day: string, month: string) => {
      const m = month === 'gieng' ? 1 : month === 'chap' ? 12 : valueOf(month);
      return m >= 1 && m <= 12 ? `${word} ${day} thang ${m}` : `${word} ${day} thang ${month}`;
    });
}

const PERCENT_WORDS = new RegExp(
  `\\b(${NUMBER}|mot tram|(?<!\\b(?:hai|ba|bon|nam|sau|bay|tam|chin) )tram)(?= phan tram\\b)`,
  'g',
);

/** "tám mươi lăm phần trăm" → "85 phần trăm": percentages said in words, as older writers do. */
export function spelledPercent(folded: string): string {
  return folded.replace(PERCENT_WORDS, (words: string) => (words.endsWith('tram') ? '100' : String(valueOf(words))));
}
