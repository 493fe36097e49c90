import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { COMMANDS } from '#commands/index.js';
import { slashIntents } from '#src/conversation/engine.js';
import { fixedClock } from '#src/domain/clock.js';
import { createAgencyLookup } from '#src/domain/agencies/index.js';
import { Understanding } from '#src/understanding/types.js';
import { understandMessage } from '#src/understanding/understand.js';
import type { IntentModel } from '#src/understanding/model/intent-model.js';
import { devPartNames } from '#src/understanding/model/training-data.js';
import type { BenchRow } from './bench-row.js';

/**
 * Accuracy of the understanding layer on the labelled messages of test/fixtures/messages.
 * The test part is never used to tune the rules; the development parts (DEV_PARTS) are.
 */
const Labelled = Understanding.extend({ text: z.string() });
type Labelled = z.infer<typeof Labelled>;

const REFERENCE_INSTANT = '2024-06-12T09:00:00';

/** The development parts, which the rules are tuned on. */
export const DEV_PARTS = devPartNames();
/** Written blind after the rules were frozen: the rules meet them as new users. */
export const BLIND_PARTS = ['dev20', 'dev21', 'dev22'];
export type Part = string;

export function loadMessages(part: Part): Labelled[] {
  const path = fileURLToPath(new URL(`../test/fixtures/messages/${part}.jsonl`, import.meta.url));
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => Labelled.parse(JSON.parse(line)));
}

export interface Accuracy {
  total: number;
  intent: number;
  agency: number;
  agencyTotal: number;
  updateFields: number;
  updateTotal: number;
  falseUpdates: number;
  /** Non-updates the bot would write without asking first. */
  falseWrites: number;
  nonUpdates: number;
  misses: Array<{ text: string; expected: Understanding; got: Understanding }>;
}

const agencies = createAgencyLookup([]);
const clock = fixedClock(REFERENCE_INSTANT);
const slash = slashIntents(COMMANDS);

/** Accuracy of the bot's understanding on labelled messages; `intentModel: null` is the rules alone. */
export function evaluate(messages: readonly Labelled[], intentModel?: IntentModel | null): Accuracy {
  const result: Accuracy = {
    total: 0,
    intent: 0,
    agency: 0,
    agencyTotal: 0,
    updateFields: 0,
    updateTotal: 0,
    falseUpdates: 0,
    falseWrites: 0,
    nonUpdates: 0,
    misses: [],
  };
  for (const { text, ...labelled } of messages) {
    const parsed = understandMessage(text, { agencies, now: () => clock.now(), slash, intentModel });
    const expected: Understanding = {
      ...labelled,
      ...(labelled.intent === 'extension_request' ? { newDate: labelled.newDate ?? null } : {}),
    };
    const got: Understanding = {
      intent: parsed.intent,
      agency: parsed.agency,
      taskRef: parsed.taskRef,
      status: parsed.status,
      progress: parsed.progress,
      period: parsed.period,
      ...(parsed.intent === 'extension_request' ? { newDate: parsed.newDate } : {}),
    };
    result.total += 1;
    const intentOk = got.intent === expected.intent;
    if (intentOk) result.intent += 1;
    if (expected.agency !== null) {
      result.agencyTotal += 1;
      if (got.agency === expected.agency) result.agency += 1;
    }
    if (expected.intent === 'status_update') {
      result.updateTotal += 1;
      if (
        intentOk &&
        got.taskRef === expected.taskRef &&
        got.status === expected.status &&
        got.progress === expected.progress
      )
        result.updateFields += 1;
    } else {
      result.nonUpdates += 1;
      if (got.intent === 'status_update') result.falseUpdates += 1;
      if (got.intent === 'status_update' && !parsed.confirm) result.falseWrites += 1;
    }
    const same = JSON.stringify(got) === JSON.stringify(expected);
    if (!same) result.misses.push({ text, expected, got });
  }
  return result;
}

export function understandingBenchRows(): BenchRow[] {
  const r = evaluate(loadMessages('test'));
  const old = evaluate(loadMessages('test'), null);
  const pct = (a: number, b: number) => (b === 0 ? 100 : (100 * a) / b);
  return [
    {
      name: `understanding: intent accuracy (test part, ${r.total} messages)`,
      value: pct(r.intent, r.total),
      unit: '%',
      target: '≥ 97 %',
      met: pct(r.intent, r.total) >= 97,
    },
    {
      name: `understanding: agency top-1 (test part, ${r.agencyTotal} with an agency)`,
      value: pct(r.agency, r.agencyTotal),
      unit: '%',
      target: '≥ 98 %',
      met: pct(r.agency, r.agencyTotal) >= 98,
    },
    {
      name: `understanding: update fields exact (test part, ${r.updateTotal} updates)`,
      value: pct(r.updateFields, r.updateTotal),
      unit: '%',
      target: '—',
      met: null,
    },
    {
      name: `understanding: false updates (test part, ${r.nonUpdates} non-updates)`,
      value: r.falseUpdates,
      unit: 'msgs',
      target: '0',
      met: r.falseUpdates === 0,
    },
    {
      name: `understanding: false updates written without asking (test part)`,
      value: r.falseWrites,
      unit: 'msgs',
      target: '0',
      met: r.falseWrites === 0,
    },
    {
      name: `understanding, old rules alone: intent accuracy (test part)`,
      value: pct(old.intent, old.total),
      unit: '%',
      target: '—',
      met: null,
    },
    {
      name: `understanding, old rules alone: agency top-1 (test part)`,
      value: pct(old.agency, old.agencyTotal),
      unit: '%',
      target: '—',
      met: null,
    },
  ];
}

// `tsx bench/understanding-bench.ts dev3` lists what the rules get wrong on a development part.
// For the test part only the totals are printed: reading its misses would be tuning on it.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = process.argv[2];
  const part: Part = arg === 'test' ? 'test' : (DEV_PARTS.find((p) => p === arg) ?? 'dev');
  const r = evaluate(loadMessages(part), process.argv.includes('--rules') ? null : undefined);
  for (const miss of part === 'test' ? [] : r.misses) {
    const diff = (Object.keys(miss.expected) as Array<keyof Understanding>)
      .filter((k) => JSON.stringify(miss.expected[k]) !== JSON.stringify(miss.got[k]))
      .map((k) => `${k}: ${JSON.stringify(miss.expected[k])} ≠ ${JSON.stringify(miss.got[k])}`);
    process.stdout.write(`${miss.text}\n    ${diff.join('; ')}\n`);
  }
  process.stdout.write(
    `intent ${r.intent}/${r.total}, agency ${r.agency}/${r.agencyTotal}, update fields ${r.updateFields}/${r.updateTotal}, false updates ${r.falseUpdates}\n`,
  );
}
