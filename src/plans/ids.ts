import { fold } from '../domain/text.js';

/**
 * Plan keys and task IDs: short, typeable without diacritics, unique, stable on re-import.
 *
 * - Plan key = province initials + the plan's number: "Số: 60/KH-UBND" of Thái Nguyên → "TN60".
 *   Without a number: initials + two-digit year ("GL24"); without a province: "KH" + year.
 *   When another plan already holds the key, a letter is added: "GL24B", "GL24C", …
 * - The same plan must get the same key: a plan's identity is number + issuer (title +
 *   issuer when it has no number, see `planIdentity`). The store should reuse the key it
 *   saved for that identity, and pass only OTHER plans' keys as `takenByOthers`; the
 *   result is then the same on every re-import.
 * - Task ID = `${key}-${two-digit sequence}` in document order ("TN60-05"). On re-import,
 *   `assignIds` with the previous tasks gives back the old ID to each task it recognises
 *   (same content, or same number and similar content), and new numbers after the
 *   highest one to new tasks, so inserting a row does not renumber the others.
 */

export interface KeySource {
  number: string;
  issuer: string;
  title: string;
  keyYear: number | null;
}

/** "UBND tỉnh Thái Nguyên" → "TN"; "KH" when the issuer names no place. */
export function provinceInitials(issuer: string): string {
  const place = fold(issuer)
    .replace(/^(?:ubnd|uy ban nhan dan)\s*/, '')
    .replace(/^(?:tinh|thanh pho|tp\.?)\s*/, '')
    .trim();
  if (place === '') return 'KH';
  if (place === 'ho chi minh') return 'HCM';
  return place
    .split(/[\s-]+/)
    .filter((w) => w !== '')
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}

/** What makes two imports the same plan. */
export function planIdentity(plan: { number: string; issuer: string; title: string }): string {
  const issuer = fold(plan.issuer);
  return plan.number.trim() !== ''
    ? `so:${fold(plan.number).replace(/\s+/g, '')}|${issuer}`
    : `ten:${fold(plan.title)}|${issuer}`;
}

/** A key for this plan that none of the other plans holds. */
export function choosePlanKey(plan: KeySource, takenByOthers: ReadonlySet<string> = new Set()): string {
  const initials = provinceInitials(plan.issuer);
  const digits = plan.number.match(/^\s*(\d+)/)?.[1];
  const year = plan.keyYear !== null ? String(plan.keyYear % 100).padStart(2, '0') : '';
  const base = `${initials}${digits ?? year}`;
  const taken = new Set([...takenByOthers].map((k) => k.toUpperCase()));
  if (!taken.has(base)) return base;
  for (const letter of 'BCDEFGHJKLMNPQRSTUVWXYZ') {
    if (!taken.has(`${base}${letter}`)) return `${base}${letter}`;
  }
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export function taskId(key: string, sequence: number): string {
  return `${key}-${String(sequence).padStart(2, '0')}`;
}

export interface IdentifiableTask {
  kind: string;
  order: string;
  content: string;
  deadlineText?: string;
}

export interface PreviousTask {
  id: string;
  content: string;
  order?: string;
  kind?: string;
  deadlineText?: string;
}

function words(text: string): Set<string> {
  return new Set(
    fold(text)
      .split(' ')
      .filter((w) => w.length > 1),
  );
}

function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common += 1;
  return common / (wa.size + wb.size - common);
}

/** Gives each task its ID (see the top of this file); the input order is the document order. */
export function assignIds<T extends IdentifiableTask>(
  key: string,
  tasks: readonly T[],
  previous: readonly PreviousTask[] = [],
): Array<T & { id: string }> {
  const prefix = `${key}-`;
  const mine = previous.filter((p) => p.id.startsWith(prefix));
  const ids: Array<string | null> = tasks.map(() => null);
  const used = new Set<string>();

  // 1. Same content (whitespace and case aside).
  tasks.forEach((task, i) => {
    const match = mine.find((p) => !used.has(p.id) && fold(p.content) === fold(task.content));
    if (match) {
      ids[i] = match.id;
      used.add(match.id);
    }
  });
  // 2. Same number and kind in the document and clearly the same wording, edited: best pairs
  // first, a same deadline breaking ties (the report rows of one duty differ only by it).
  const pairs: Array<{ i: number; p: PreviousTask; score: number }> = [];
  tasks.forEach((task, i) => {
    if (ids[i] !== null) return;
    for (const p of mine) {
      if (used.has(p.id)) continue;
      if ((p.order !== undefined && p.order !== task.order) || (p.kind !== undefined && p.kind !== task.kind)) continue;
      const score = similarity(p.content, task.content);
      if (score < 0.5) continue;
      const sameDeadline = p.deadlineText !== undefined && fold(p.deadlineText) === fold(task.deadlineText ?? '');
      pairs.push({ i, p, score: score + (sameDeadline ? 1 : 0) });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.i - b.i);
  for (const { i, p } of pairs) {
    if (ids[i] !== null || used.has(p.id)) continue;
    ids[i] = p.id;
    used.add(p.id);
  }
  // 3. New tasks: numbers after the highest ever given, never reusing a removed task's ID.
  let next = Math.max(0, ...mine.map((p) => Number(p.id.slice(prefix.length)) || 0)) + 1;
  return tasks.map((task, i) => ({ ...task, id: ids[i] ?? taskId(key, next++) }));
}
