/**
 * `npm run eval:plans [-- --verbose] [-- <stem>]`: the importer on the hand-labelled real plans,
 * per file and per format. The held-out part is scored only with `--heldout`, and then as totals
 * only: it is never read to change the importer, and keeping it off the everyday run keeps
 * a developer from glancing at it after every change.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readPlanFile } from '../src/plans/extract.js';
import {
  addScores,
  FORMATS,
  type Format,
  loadLabels,
  NEW_WRITERS_2_DIR,
  NEW_WRITERS_3_DIR,
  NEW_WRITERS_4_DIR,
  NEW_WRITERS_5_DIR,
  NEW_WRITERS_6_DIR,
  NEW_WRITERS_7_DIR,
  NEW_WRITERS_8_DIR,
  NEW_WRITERS_9_DIR,
  NEW_WRITERS_10_DIR,
  NEW_WRITERS_11_DIR,
  NEW_WRITERS_12_DIR,
  NEW_WRITERS_13_DIR,
  NEW_WRITERS_14_DIR,
  NEW_WRITERS_15_DIR,
  NEW_WRITERS_16_DIR,
  NEW_WRITERS_17_DIR,
  NEW_WRITERS_18_DIR,
  NEW_WRITERS_19_DIR,
  NEW_WRITERS_20_DIR,
  NEW_WRITERS_21_DIR,
  NEW_WRITERS_22_DIR,
  NEW_WRITERS_23_DIR,
  NEW_WRITERS_24_DIR,
  NEW_WRITERS_25_DIR,
  NEW_WRITERS_26_DIR,
  NEW_WRITERS_27_DIR,
  NEW_WRITERS_28_DIR,
  NEW_WRITERS_29_DIR,
  NEW_WRITERS_30_DIR,
  NEW_WRITERS_31_DIR,
  NEW_WRITERS_32_DIR,
  NEW_WRITERS_33_DIR,
  NEW_WRITERS_34_DIR,
  NEW_WRITERS_35_DIR,
  NEW_WRITERS_36_DIR,
  NEW_WRITERS_37_DIR,
  NEW_WRITERS_38_DIR,
  NEW_WRITERS_39_DIR,
  NEW_WRITERS_40_DIR,
  NEW_WRITERS_41_DIR,
  NEW_WRITERS_42_DIR,
  NEW_WRITERS_43_DIR,
  NEW_WRITERS_44_DIR,
  NEW_WRITERS_45_DIR,
  NEW_WRITERS_46_DIR,
  NEW_WRITERS_47_DIR,
  NEW_WRITERS_48_DIR,
  NEW_WRITERS_49_DIR,
  NEW_WRITERS_50_DIR,
  NEW_WRITERS_51_DIR,
  NEW_WRITERS_52_DIR,
  NEW_WRITERS_53_DIR,
  NEW_WRITERS_54_DIR,
  NEW_WRITERS_55_DIR,
  NEW_WRITERS_56_DIR,
  NEW_WRITERS_57_DIR,
  NEW_WRITERS_58_DIR,
  NEW_WRITERS_DIR,
  type Part,
  rates,
  REAL_PLANS_DIR,
  type Score,
  scoreFile,
} from './plan-eval.js';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const only = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--format');
const withHeldout = args.includes('--heldout');
// `--format pdf` lists the misses of that rendition instead of the .md one.
const formatArg = args.indexOf('--format');
const verboseFormat = formatArg >= 0 ? args[formatArg + 1] : 'md';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);

function line(name: string, s: Score): string {
  const r = rates(s);
  return (
    `${name.padEnd(58)} ${String(s.labels).padStart(4)} ${String(s.extracted).padStart(4)} ` +
    `${pct(r.recall)} ${pct(r.precision)} ${pct(r.lead)} ${pct(r.deadline)} (${s.dateRight}/${s.withDate})`
  );
}

async function part(name: Part, set: string): Promise<Record<Format, Score[]>> {
  const byFormat: Record<Format, Score[]> = { md: [], docx: [], pdf: [] };
  for (const label of loadLabels(name, set)) {
    if (only && !label.file.includes(only)) continue;
    for (const format of FORMATS) {
      if (!existsSync(join(set, `${label.file}.${format}`))) continue;
      const score = await scoreFile(label, format, (path) => readPlanFile(path), set);
      byFormat[format].push(score);
      if (name === 'dev') {
        console.log(line(`${label.file}.${format}`, score));
        if (verbose && format === verboseFormat) {
          for (const m of score.missed) console.log(`    - thiếu ${m}`);
          for (const e of score.extra) console.log(`    + thừa ${e}`);
          for (const w of score.wrongLead) console.log(`    ≠ cơ quan ${w}`);
          for (const w of score.wrongDate) console.log(`    ≠ hạn ${w}`);
        }
      }
    }
  }
  return byFormat;
}

function totals(title: string, byFormat: Record<Format, Score[]>): void {
  for (const format of FORMATS) {
    if (byFormat[format].length > 0) console.log(line(`${title} .${format}`, addScores(byFormat[format])));
  }
  console.log(line(`${title} all formats`, addScores(FORMATS.flatMap((f) => byFormat[f]))));
}

const SETS = [
  { title: '', dir: REAL_PLANS_DIR },
  { title: 'NEW WRITERS ', dir: NEW_WRITERS_DIR },
  { title: 'NEW WRITERS 2 ', dir: NEW_WRITERS_2_DIR },
  { title: 'NEW WRITERS 3 ', dir: NEW_WRITERS_3_DIR },
  { title: 'NEW WRITERS 4 ', dir: NEW_WRITERS_4_DIR },
  { title: 'NEW WRITERS 5 ', dir: NEW_WRITERS_5_DIR },
  { title: 'NEW WRITERS 6 ', dir: NEW_WRITERS_6_DIR },
  { title: 'NEW WRITERS 7 ', dir: NEW_WRITERS_7_DIR },
  { title: 'NEW WRITERS 8 ', dir: NEW_WRITERS_8_DIR },
  { title: 'NEW WRITERS 9 ', dir: NEW_WRITERS_9_DIR },
  { title: 'NEW WRITERS 10 ', dir: NEW_WRITERS_10_DIR },
  { title: 'NEW WRITERS 11 ', dir: NEW_WRITERS_11_DIR },
  { title: 'NEW WRITERS 12 ', dir: NEW_WRITERS_12_DIR },
  { title: 'NEW WRITERS 13 ', dir: NEW_WRITERS_13_DIR },
  { title: 'NEW WRITERS 14 ', dir: NEW_WRITERS_14_DIR },
  { title: 'NEW WRITERS 15 ', dir: NEW_WRITERS_15_DIR },
  { title: 'NEW WRITERS 16 ', dir: NEW_WRITERS_16_DIR },
  { title: 'NEW WRITERS 17 ', dir: NEW_WRITERS_17_DIR },
  { title: 'NEW WRITERS 18 ', dir: NEW_WRITERS_18_DIR },
  { title: 'NEW WRITERS 19 ', dir: NEW_WRITERS_19_DIR },
  { title: 'NEW WRITERS 20 ', dir: NEW_WRITERS_20_DIR },
  { title: 'NEW WRITERS 21 ', dir: NEW_WRITERS_21_DIR },
  { title: 'NEW WRITERS 22 ', dir: NEW_WRITERS_22_DIR },
  { title: 'NEW WRITERS 23 ', dir: NEW_WRITERS_23_DIR },
  { title: 'NEW WRITERS 24 ', dir: NEW_WRITERS_24_DIR },
  { title: 'NEW WRITERS 25 ', dir: NEW_WRITERS_25_DIR },
  { title: 'NEW WRITERS 26 ', dir: NEW_WRITERS_26_DIR },
  { title: 'NEW WRITERS 27 ', dir: NEW_WRITERS_27_DIR },
  { title: 'NEW WRITERS 28 ', dir: NEW_WRITERS_28_DIR },
  { title: 'NEW WRITERS 29 ', dir: NEW_WRITERS_29_DIR },
  { title: 'NEW WRITERS 30 ', dir: NEW_WRITERS_30_DIR },
  { title: 'NEW WRITERS 31 ', dir: NEW_WRITERS_31_DIR },
  { title: 'NEW WRITERS 32 ', dir: NEW_WRITERS_32_DIR },
  { title: 'NEW WRITERS 33 ', dir: NEW_WRITERS_33_DIR },
  { title: 'NEW WRITERS 34 ', dir: NEW_WRITERS_34_DIR },
  { title: 'NEW WRITERS 35 ', dir: NEW_WRITERS_35_DIR },
  { title: 'NEW WRITERS 36 ', dir: NEW_WRITERS_36_DIR },
  { title: 'NEW WRITERS 37 ', dir: NEW_WRITERS_37_DIR },
  { title: 'NEW WRITERS 38 ', dir: NEW_WRITERS_38_DIR },
  { title: 'NEW WRITERS 39 ', dir: NEW_WRITERS_39_DIR },
  { title: 'NEW WRITERS 40 ', dir: NEW_WRITERS_40_DIR },
  { title: 'NEW WRITERS 41 ', dir: NEW_WRITERS_41_DIR },
  { title: 'NEW WRITERS 42 ', dir: NEW_WRITERS_42_DIR },
  { title: 'NEW WRITERS 43 ', dir: NEW_WRITERS_43_DIR },
  { title: 'NEW WRITERS 44 ', dir: NEW_WRITERS_44_DIR },
  { title: 'NEW WRITERS 45 ', dir: NEW_WRITERS_45_DIR },
  { title: 'NEW WRITERS 46 ', dir: NEW_WRITERS_46_DIR },
  { title: 'NEW WRITERS 47 ', dir: NEW_WRITERS_47_DIR },
  { title: 'NEW WRITERS 48 ', dir: NEW_WRITERS_48_DIR },
  { title: 'NEW WRITERS 49 ', dir: NEW_WRITERS_49_DIR },
  { title: 'NEW WRITERS 50 ', dir: NEW_WRITERS_50_DIR },
  { title: 'NEW WRITERS 51 ', dir: NEW_WRITERS_51_DIR },
  { title: 'NEW WRITERS 52 ', dir: NEW_WRITERS_52_DIR },
  { title: 'NEW WRITERS 53 ', dir: NEW_WRITERS_53_DIR },
  { title: 'NEW WRITERS 54 ', dir: NEW_WRITERS_54_DIR },
  { title: 'NEW WRITERS 55 ', dir: NEW_WRITERS_55_DIR },
  { title: 'NEW WRITERS 56 ', dir: NEW_WRITERS_56_DIR },
  { title: 'NEW WRITERS 57 ', dir: NEW_WRITERS_57_DIR },
  { title: 'NEW WRITERS 58 ', dir: NEW_WRITERS_58_DIR },
];

console.log(`${'file'.padEnd(58)} lbl  ext  recall  precis    lead  deadline`);
for (const { title, dir } of SETS) {
  if (!existsSync(join(dir, 'labels'))) continue;
  const dev = await part('dev', dir);
  const heldout = only || !withHeldout ? null : await part('heldout', dir);
  console.log('');
  if (FORMATS.some((f) => dev[f].length > 0)) totals(`${title}DEV`, dev);
  if (heldout && FORMATS.some((f) => heldout[f].length > 0)) totals(`${title}HELD-OUT`, heldout);
  console.log('');
}
