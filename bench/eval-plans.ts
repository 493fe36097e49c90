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
  type Part,
  rates,
  REAL_PLANS_DIR,
  writerSets,
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

// Every writer's folder is found on disk (`new-writers`, `new-writers-2`, …), so a new blind set
// is scored the day it lands without anyone having to register it here.
const SETS = [{ title: '', dir: REAL_PLANS_DIR }, ...writerSets()];

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
