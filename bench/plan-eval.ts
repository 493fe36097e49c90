/**
 * Scores the importer against hand labels of real plans (test/fixtures/plans/real/labels).
 *
 * A labelled task is matched to at most one extracted task by its opening words: the share of
 * the label's first twelve folded words found in the extracted content's first forty, with
 * document order as the tie-break. One-to-one, best pairs first. Then:
 * - recall = matched labels / labels, precision = matched extracted / extracted;
 * - lead right = the matched task's lead agencies, as canonical names where the directory knows
 *   them, equal the label's;
 * - deadline exact = same YYYY-MM-DD, over matched labels that have a date.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { createDirectory } from '../src/domain/agencies/index.js';
import { fold } from '../src/domain/text.js';
import type { ExtractedPlan, ExtractedTask } from '../src/plans/extract.js';

export const REAL_PLANS_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'real');
/**
 * Plans written (not issued) by an independent writer in drafting habits chosen to differ from the
 * real ones (test/fixtures/plans/new-writers/README.md): the "next writer" the importer has not met.
 */
export const NEW_WRITERS_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers');
/** A second independent writer, all held out (written after the importer was tuned on the first). */
export const NEW_WRITERS_2_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-2');
/** A third writer aiming at the same unusual habits as the second, all development. */
export const NEW_WRITERS_3_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-3');
/** Six held-out documents by a fourth writer (W7): kinds of document the others did not write. */
export const NEW_WRITERS_4_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-4');
/** A fifth writer (W8), development: the same kinds of document as the fourth, written without seeing it. */
export const NEW_WRITERS_5_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-5');
/** Six held-out documents by a sixth writer (W9), who chose the kinds of document itself, blind. */
export const NEW_WRITERS_6_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-6');
/** A seventh writer (W10), development, who chose its kinds itself without seeing the sixth's. */
export const NEW_WRITERS_7_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-7');
/** Six held-out documents by an eighth writer (W11): ordinary plans of offices unlike the others', blind. */
export const NEW_WRITERS_8_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-8');
/** A ninth writer (W12), development, briefed as the eighth and written without seeing it. */
export const NEW_WRITERS_9_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-9');
/** Six held-out documents by a thirteenth writer (W13), built as offices' own Word files (Word lists, merges), blind. */
export const NEW_WRITERS_10_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-10');
/** A fourteenth writer (W14), development, briefed as the thirteenth and written without seeing it. */
export const NEW_WRITERS_11_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-11');
/** Six held-out documents by a fifteenth writer (W15): kinds no earlier README lists, .md as a coordinator receives it, blind. */
export const NEW_WRITERS_12_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-12');
/** A sixteenth writer (W16), development, briefed as the fifteenth and written without seeing it. */
export const NEW_WRITERS_13_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-13');
/** Six held-out documents by a seventeenth writer (W17), briefed as the fifteenth after the sixteenth's README, blind. */
export const NEW_WRITERS_14_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-14');
/** An eighteenth writer (W18), development, briefed as the seventeenth and written without seeing it. */
export const NEW_WRITERS_15_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-15');
/** A nineteenth writer (W19), development: documents whose look-alike tables (figures, members, schedules) are not tasks, blind. */
export const NEW_WRITERS_16_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-16');
/** Six held-out documents by a twentieth writer (W20), briefed as the nineteenth and written without seeing it. */
export const NEW_WRITERS_17_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-17');
/** A twenty-first writer (W21), development: work buried in prose, written in haste, blind. */
export const NEW_WRITERS_18_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-18');
/** Six held-out documents by a twenty-second writer (W22), briefed as the twenty-first and written without seeing it. */
export const NEW_WRITERS_19_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-19');
/** A twenty-third writer (W23), development: deadlines and leads written every way offices write them, blind. */
export const NEW_WRITERS_20_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-20');
/** Six held-out documents by a twenty-fourth writer (W24), briefed as the twenty-third and written without seeing it. */
export const NEW_WRITERS_21_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-21');
/** A twenty-fifth writer (W25), development: work that is not the document's (past results, quoted orders) beside its own, blind. */
export const NEW_WRITERS_22_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-22');
/** Six held-out documents by a twenty-sixth writer (W26), briefed as the twenty-fifth and written without seeing it. */
export const NEW_WRITERS_23_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-23');
/** A twenty-seventh writer (W27), development: work handed to bodies that are not a Sở or a UBND, and their own documents, blind. */
export const NEW_WRITERS_24_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-24');
/** Six held-out documents by a twenty-eighth writer (W28), briefed as the twenty-seventh and written without seeing it. */
export const NEW_WRITERS_25_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-25');
/** A twenty-ninth writer (W29), development: long plans whose work sits in multi-page appendices, blind. */
export const NEW_WRITERS_26_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-26');
/** Six held-out documents by a thirtieth writer (W30), briefed as the twenty-ninth and written without seeing it. */
export const NEW_WRITERS_27_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-27');
/** A thirty-first writer (W31), development: plans issued by other bodies than a Sở (social insurance, treasury, statistics, a school, an economic zone, a national park), blind. */
export const NEW_WRITERS_28_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-28');
/** Six held-out documents by a thirty-second writer (W32), briefed as the thirty-first and written without seeing it. */
export const NEW_WRITERS_29_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-29');
/** A thirty-third writer (W33), development: plans of 2024 and early 2025, before the two-level reform, blind. */
export const NEW_WRITERS_30_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-30');
/** Six held-out documents by a thirty-fourth writer (W34), briefed as the thirty-third and written without seeing it. */
export const NEW_WRITERS_31_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-31');
/** A thirty-fifth writer (W35), development: Word's table habits as a PDF draws them (centred cells, group rows across, cells of several paragraphs), blind. */
export const NEW_WRITERS_32_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-32');
/** Six held-out documents by a thirty-sixth writer (W36), briefed as the thirty-fifth and written without seeing it. */
export const NEW_WRITERS_33_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-33');
/** A thirty-seventh writer (W37), development: PDFs where look-alikes pose as task rows and work stands in prose, blind. */
export const NEW_WRITERS_34_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-34');
/** Six held-out documents by a thirty-eighth writer (W38), briefed as the thirty-seventh and written without seeing it. */
export const NEW_WRITERS_35_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-35');
/** A thirty-ninth writer (W39), development: plans that arrive as text, work written as blocks of prose, blind. */
export const NEW_WRITERS_36_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-36');
/** Six held-out documents by a fortieth writer (W40), briefed as the thirty-ninth and written without seeing it. */
export const NEW_WRITERS_37_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-37');
/** Six held-out documents by a forty-first writer (W41): an ordinary month of plans, no theme, written blind at the end of the twelfth session. */
export const NEW_WRITERS_38_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-38');
/** Held-out, blind, end of the twelfth session: writer 42 (a commune's season of plans) and writer 43 (themes nobody had written, south and centre). */
export const NEW_WRITERS_39_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-39');
export const NEW_WRITERS_40_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-40');
/** A forty-fourth writer (W44), development: a commune's own plans, its bodies named as small offices name them, blind. */
export const NEW_WRITERS_41_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-41');
/** A forty-fifth writer (W45), development: subjects nobody had written, copied as text, blind. */
export const NEW_WRITERS_42_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-42');
/** Six held-out documents by a forty-sixth writer (W46), briefed as the forty-fifth and written without seeing it. */
export const NEW_WRITERS_43_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-43');
/** Six held-out documents by a forty-seventh writer (W47), briefed as the forty-fourth (a commune's own plans), blind. */
export const NEW_WRITERS_44_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-44');
/** Six held-out documents by a forty-eighth writer (W48): an ordinary month of plans in one province, blind. */
export const NEW_WRITERS_45_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-45');
/** A forty-ninth writer (W49), development: an ordinary month of plans, briefed as the forty-eighth, blind. */
export const NEW_WRITERS_46_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-46');
/** Six held-out documents by a fiftieth writer (W50): an ordinary month, written blind and measured at the end. */
export const NEW_WRITERS_47_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-47');
/** A fifty-first writer (W51), development: who leads each row, told the many ways offices tell it, blind. */
export const NEW_WRITERS_48_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-48');
/** Six held-out documents by a fifty-second writer (W52): the fifty-first's brief, written blind at the same time. */
export const NEW_WRITERS_49_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-49');
/** A fifty-third writer (W53), development: plans that reach the coordinator as copied text, blind. */
export const NEW_WRITERS_50_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-50');
/** Six held-out documents by a fifty-fourth writer (W54): an ordinary month, written blind and measured at the end. */
export const NEW_WRITERS_51_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-51');
/** Six held-out documents by a fifty-fifth writer (W55): who leads each row, a second look, blind. */
export const NEW_WRITERS_52_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-52');
/** A fifty-sixth writer (W56), development: the fifty-fifth's brief, written blind at the same time. */
export const NEW_WRITERS_53_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-53');
/** A fifty-seventh writer (W57), development: when each row is due, told every way offices tell it, blind. */
export const NEW_WRITERS_54_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-54');
/** Six held-out documents by a fifty-eighth writer (W58): the fifty-seventh's brief, written blind at the same time. */
export const NEW_WRITERS_55_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-55');
/** Six held-out documents by a fifty-ninth writer (W59): an ordinary month, written blind and measured once at the end. */
export const NEW_WRITERS_56_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-56');
/** A sixtieth writer (W60), development: work handed out in prose, with no assignment table, blind. */
export const NEW_WRITERS_57_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-57');
/** Six held-out documents by a sixty-first writer (W61): the sixtieth's brief, written blind at the same time. */
export const NEW_WRITERS_58_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans', 'new-writers-58');
const PLANS_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'plans');

/**
 * Every writer's folder under test/fixtures/plans, in the order they were written, with the title
 * the evaluation prints: `new-writers` is «NEW WRITERS», `new-writers-12` «NEW WRITERS 12».
 */
export function writerSets(): { title: string; dir: string }[] {
  const number = (name: string): number => Number(/^new-writers-(\d+)$/.exec(name)?.[1] ?? 1);
  return readdirSync(PLANS_DIR)
    .filter((name) => /^new-writers(-\d+)?$/.test(name))
    .sort((a, b) => number(a) - number(b))
    .map((name) => ({
      title: name === 'new-writers' ? 'NEW WRITERS ' : `NEW WRITERS ${number(name)} `,
      dir: join(PLANS_DIR, name),
    }));
}

export const FORMATS = ['md', 'docx', 'pdf'] as const;
export type Format = (typeof FORMATS)[number];
export type Part = 'dev' | 'heldout';

const LabelTask = z.object({
  kind: z.enum(['task', 'report', 'request']),
  content: z.string().min(1),
  lead: z.array(z.string()),
  coordinating: z.array(z.string()).default([]),
  deadlineText: z.string().default(''),
  deadline: z.string().nullable(),
  where: z.string().optional(),
  product: z.string().optional(),
});
const LabelFile = z.object({
  file: z.string(),
  labeller: z.string().optional(),
  plan: z.object({ number: z.string(), date: z.string().nullable().optional(), issuer: z.string().optional() }).loose(),
  tasks: z.array(LabelTask),
});
export type LabelledPlan = z.infer<typeof LabelFile>;
export type LabelledTask = z.infer<typeof LabelTask>;

export function loadLabels(part: Part, set = REAL_PLANS_DIR): LabelledPlan[] {
  const dir = join(set, 'labels', part);
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.json'));
  } catch {
    return [];
  }
  return names.sort().map((name) => {
    const parsed = LabelFile.safeParse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
    if (!parsed.success) throw new Error(`${part}/${name}: ${parsed.error.message}`);
    return parsed.data;
  });
}

export interface Score {
  labels: number;
  extracted: number;
  matched: number;
  leadRight: number;
  withDate: number;
  dateRight: number;
  /** Labels not found and extracted rows matching no label, for reading by a person. */
  missed: string[];
  extra: string[];
  wrongLead: string[];
  wrongDate: string[];
}

const directory = createDirectory([]);

/**
 * A person's title before a body («Giám đốc các Sở», «Thủ trưởng các cơ quan, đơn vị») names the
 * same body; the labellers wrote it one way or the other, so both sides drop it before comparing.
 */
// «Phó Giám đốc Công an tỉnh», «Tổng Biên tập Báo …» (a Ban Chỉ đạo's members, by their posts) too.
const TITLE =
  /^(?:(?:pho )?(?:giam doc|chu tich|chi huy truong)|thu truong|tong bien tap|nguoi dung dau|lanh dao|chanh)\s+(?=cac\s|so\s|uy ban|ubnd|cong an|bo chi huy|bao\s|thanh tra|van phong)/;

/** Abbreviations every plan uses without defining them: «UBND các xã» is «Ủy ban nhân dân các xã». */
const COMMON_SHORT: Array<[RegExp, string]> = [
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bhdnd\b/g, 'hoi dong nhan dan'],
  [/\bubmttq\b/g, 'uy ban mat tran to quoc'],
  [/\bmttq\b/g, 'mat tran to quoc'],
  // National short forms a labeller may keep or spell out («Các trường THPT», «Đội … và PCCCR»).
  [/\bthpt\b/g, 'trung hoc pho thong'],
  [/\bthcs\b/g, 'trung hoc co so'],
  [/\bpcccr\b/g, 'phong chay, chua chay rung'],
  [/\bpccc\b/g, 'phong chay, chua chay'],
];

/** The same post in the plan's own spelling, to drop it before the directory is asked. */
const TITLE_AS_WRITTEN =
  /^(?:(?:Phó\s+)?(?:Giám đốc|Chủ tịch|Chỉ huy trưởng|Trưởng)|Thủ trưởng|Tổng Biên tập|Người đứng đầu|Lãnh đạo|Chánh(?=\s+(?:Văn phòng|Thanh tra)))\s+(?=các\s|Sở\s|Ủy ban|UBND|Công an|Bộ Chỉ huy|Báo\s|Văn phòng|Thanh tra|Phòng\s|Ban\s)/iu;

/**
 * An official named with the post («Hoàng Văn Thắng - Phó Chủ tịch UBND xã», «Đ/c Vũ Đức Toàn, Phó
 * Chủ tịch …»): labellers wrote the person and the post, or the post alone; both name one doer.
 */
const OFFICIAL_NAME =
  /^(?:(?:Ông|Bà|Đồng chí|Đ\/c)\s+)?(?:\p{Lu}[\p{L}']*\s+){1,4}\p{Lu}[\p{L}']*\s*(?:-|,)\s+(?=(?:Phó\s+)?(?:Chủ tịch|Giám đốc|Trưởng|Bí thư|Chỉ huy trưởng)\s)/u;

// «Phó Giám đốc Sở Nguyễn Thị Hồng Nhung»: the post, then the person (three or four proper words at
// the end); labellers write it so, or «Name - Post», for the same official.
const POST_THEN_PERSON =
  /^((?:Phó\s+)?(?:Chủ tịch|Giám đốc|Trưởng|Bí thư|Chỉ huy trưởng|Hiệu trưởng|Chánh)\s.*?)\s+(?:\p{Lu}[\p{L}']*\s+){2,3}\p{Lu}[\p{L}']*$/u;

function canonical(name: string): string {
  // A person's post before the body goes on both sides. The evaluation keeps its own list, so that
  // a wrong post rule in the importer (person-posts.ts) still shows as a wrong lead.
  const bare = name.replace(OFFICIAL_NAME, '').replace(POST_THEN_PERSON, '$1').replace(TITLE_AS_WRITTEN, '');
  const entry = directory.byName(bare);
  if (entry) return fold(entry.name);
  let f = fold(bare).replace(TITLE, '');
  for (const [short, long] of COMMON_SHORT) f = f.replace(short, long);
  return f
    .replace(/^(?:cac|cơ quan)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const words = (text: string): string[] =>
  fold(text)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0);

/** Share of the label's opening words found near the start of the extracted content. */
export function overlap(label: string, content: string, labelWords = 12, contentWords = 40): number {
  const want = words(label).slice(0, labelWords);
  if (want.length === 0) return 0;
  const have = new Set(words(content).slice(0, contentWords));
  return want.filter((w) => have.has(w)).length / want.length;
}

const MATCH_AT = 0.75;

export function scorePlan(labels: readonly LabelledTask[], tasks: readonly ExtractedTask[]): Score {
  const pairs: Array<{ l: number; t: number; s: number }> = [];
  labels.forEach((label, l) => {
    tasks.forEach((task, t) => {
      // Labels may begin with the agency («Sở Nội vụ chủ trì …») where the importer moved it to Chủ trì.
      // A request's «Đề nghị» is its kind, which the importer keeps apart from the content.
      // A long list of bodies would push the content out of reach: the content alone is tried too.
      const text = `${task.kind === 'request' ? 'Đề nghị ' : ''}${task.lead.join(' ')} ${task.content}`;
      const s =
        Math.max(overlap(label.content, text), overlap(label.content, task.content)) +
        (label.kind === task.kind ? 0.01 : 0);
      // Duties often open with the same dozen words («Chủ trì, phối hợp với các đơn vị liên quan tham
      // mưu …»); the longer wording then tells them apart before document order does.
      const longer = overlap(label.content, text, 30, 80) * 0.04;
      // Two report rows of one clause share their words («… định kỳ 6 tháng (trước ngày 15/6) và cả
      // năm (trước ngày 15/12)»): only the date tells which is which.
      const sameDate = label.deadline !== null && label.deadline === task.deadline ? 0.005 : 0;
      const place = Math.abs(l / labels.length - t / tasks.length) * 0.05;
      if (s >= MATCH_AT) pairs.push({ l, t, s: s + longer + sameDate - place });
    });
  });
  pairs.sort((a, b) => b.s - a.s);
  const labelTo = new Map<number, number>();
  const taken = new Set<number>();
  for (const p of pairs) {
    if (labelTo.has(p.l) || taken.has(p.t)) continue;
    labelTo.set(p.l, p.t);
    taken.add(p.t);
  }
  const score: Score = { ...emptyScore(), labels: labels.length, extracted: tasks.length, matched: labelTo.size };
  labels.forEach((label, l) => {
    const t = labelTo.get(l);
    const task = t === undefined ? undefined : tasks[t];
    if (!task) {
      score.missed.push(`${label.kind} ${label.where ?? ''} «${label.content.slice(0, 70)}»`);
      return;
    }
    const want = [...new Set(label.lead.map(canonical))].sort().join(' | ');
    const got = [...new Set(task.lead.map(canonical))].sort().join(' | ');
    if (want === got) score.leadRight += 1;
    else score.wrongLead.push(`${task.id}: ${task.lead.join('; ')} ≠ ${label.lead.join('; ')}`);
    if (label.deadline !== null) {
      score.withDate += 1;
      if (task.deadline === label.deadline) score.dateRight += 1;
      else
        score.wrongDate.push(
          `${task.id}: «${task.deadlineText}» ${task.deadline} ≠ «${label.deadlineText}» ${label.deadline}`,
        );
    }
  });
  tasks.forEach((task, t) => {
    if (!taken.has(t)) score.extra.push(`${task.id} ${task.kind} «${task.content.slice(0, 70)}»`);
  });
  return score;
}

function emptyScore(): Score {
  const none = { labels: 0, extracted: 0, matched: 0, leadRight: 0, withDate: 0, dateRight: 0 };
  return { ...none, missed: [], extra: [], wrongLead: [], wrongDate: [] };
}

export function addScores(scores: readonly Score[]): Score {
  const total = emptyScore();
  for (const s of scores) {
    total.labels += s.labels;
    total.extracted += s.extracted;
    total.matched += s.matched;
    total.leadRight += s.leadRight;
    total.withDate += s.withDate;
    total.dateRight += s.dateRight;
  }
  return total;
}

export interface Rates {
  recall: number;
  precision: number;
  lead: number;
  deadline: number;
}

export function rates(s: Score): Rates {
  const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
  return {
    recall: ratio(s.matched, s.labels),
    precision: ratio(s.matched, s.extracted),
    lead: ratio(s.leadRight, s.matched),
    deadline: ratio(s.dateRight, s.withDate),
  };
}

export type Extract = (path: string) => Promise<ExtractedPlan>;

export async function scoreFile(
  label: LabelledPlan,
  format: Format,
  extract: Extract,
  set = REAL_PLANS_DIR,
): Promise<Score> {
  const plan = await extract(join(set, `${label.file}.${format}`));
  return scorePlan(label.tasks, plan.tasks);
}
