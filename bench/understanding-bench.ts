import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { COMMANDS } from '#commands/index.js';
import { slashIntents } from '#src/conversation/engine.js';
import { fixedClock } from '#src/domain/clock.js';
import { createAgencyLookup } from '#src/understanding/agency-lookup-cache.js';
import { Understanding } from '#src/understanding/types.js';
import { understandMessage } from '#src/understanding/understand.js';
import type { BenchRow } from './bench-row.js';

/**
 * Accuracy of the understanding layer on the labelled messages of test/fixtures/messages.
 * The test part is never used to tune the rules; the development parts (DEV_PARTS) are.
 */
const Labelled = Understanding.extend({ text: z.string() });
type Labelled = z.infer<typeof Labelled>;

const REFERENCE_INSTANT = '2024-06-12T09:00:00';

/** The development parts, which the rules are tuned on. */
export const DEV_PARTS = ['dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'dev16', 'dev17', 'dev18', 'dev19'] as const;
export type Part = (typeof DEV_PARTS)[number] | 'test';

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
  nonUpdates: number;
  misses: Array<{ text: string; expected: Understanding; got: Understanding }>;
}

export function evaluate(messages: readonly Labelled[]): Accuracy {
  const agencies = createAgencyLookup([]);
  const clock = fixedClock(REFERENCE_INSTANT);
  const slash = slashIntents(COMMANDS);
  const result: Accuracy = { total: 0, intent: 0, agency: 0, agencyTotal: 0, updateFields: 0, updateTotal: 0, falseUpdates: 0, nonUpdates: 0, misses: [] };
  for (const { text, ...expected } of messages) {
    const parsed = understandMessage(text, { agencies, now: () => clock.now(), slash });
    const got: Understanding = {
      intent: parsed.intent,
      agency: parsed.agency,
      taskRef: parsed.taskRef,
      status: parsed.status,
      progress: parsed.progress,
      period: parsed.period,
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
      if (intentOk && got.taskRef === expected.taskRef && got.status === expected.status && got.progress === expected.progress) result.updateFields += 1;
    } else {
      result.nonUpdates += 1;
      if (got.intent === 'status_update') result.falseUpdates += 1;
    }
    const same = JSON.stringify(got) === JSON.stringify(expected);
    if (!same) result.misses.push({ text, expected, got });
  }
  return result;
}

export function understandingBenchRows(): BenchRow[] {
  const r = evaluate(loadMessages('test'));
  const pct = (a: number, b: number) => (b === 0 ? 100 : (100 * a) / b);
  return [
    { name: `understanding: intent accuracy (test part, ${r.total} messages)`, value: pct(r.intent, r.total), unit: '%', target: '≥ 97 %', met: pct(r.intent, r.total) >= 97 },
    { name: `understanding: agency top-1 (test part, ${r.agencyTotal} with an agency)`, value: pct(r.agency, r.agencyTotal), unit: '%', target: '≥ 98 %', met: pct(r.agency, r.agencyTotal) >= 98 },
    { name: `understanding: update fields exact (test part, ${r.updateTotal} updates)`, value: pct(r.updateFields, r.updateTotal), unit: '%', target: '—', met: null },
    { name: `understanding: false updates (test part, ${r.nonUpdates} non-updates)`, value: r.falseUpdates, unit: 'msgs', target: '0', met: r.falseUpdates === 0 },
  ];
}

// `tsx bench/understanding-bench.ts dev3` lists what the rules get wrong on a development part.
// For the test part only the totals are printed: reading its misses would be tuning on it.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = process.argv[2];
  const part: Part = arg === 'test' ? 'test' : (DEV_PARTS.find((p) => p === arg) ?? 'dev');
  const r = evaluate(loadMessages(part));
  for (const miss of part === 'test' ? [] : r.misses) {
    const diff = (Object.keys(miss.expected) as Array<keyof Understanding>)
      .filter((k) => JSON.stringify(miss.expected[k]) !== JSON.stringify(miss.got[k]))
      .map((k) => `${k}: ${JSON.stringify(miss.expected[k])} ≠ ${JSON.stringify(miss.got[k])}`);
    process.stdout.write(`${miss.text}\n    ${diff.join('; ')}\n`);
  }
  process.stdout.write(`intent ${r.intent}/${r.total}, agency ${r.agency}/${r.agencyTotal}, update fields ${r.updateFields}/${r.updateTotal}, false updates ${r.falseUpdates}\n`);
}
