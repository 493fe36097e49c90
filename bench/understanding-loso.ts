import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { intentModelFrom, type IntentModel } from '#src/understanding/model/intent-model.js';
import { rulesReader } from '#src/understanding/model/train-main.js';
import { trainIntentModel } from '#src/understanding/model/train-intent.js';
import { loadPart, type LabelledPart } from '#src/understanding/model/training-data.js';
import type { Intent } from '#src/understanding/types.js';
import type { BenchRow } from './bench-row.js';
import { BLIND_PARTS, DEV_PARTS, evaluate, loadMessages, type Accuracy } from './understanding-bench.js';

/**
 * Leave-one-set-out: for each writer's set, the model is trained on all the other sets and
 * scored on that one, so every figure is on messages the model never saw. The rules were tuned
 * on dev … dev19, so their figure there is in-sample; dev20–22 were written blind after the
 * rules were frozen, so on those both are out-of-sample.
 */
export type Variant = 'rules' | 'model' | 'model+rules';
export const VARIANTS: readonly Variant[] = ['rules', 'model', 'model+rules'];

export interface PartScore {
  part: string;
  scores: Record<Variant, Accuracy>;
}

export function leaveOneSetOut(variants: readonly Variant[] = VARIANTS): PartScore[] {
  const parts = DEV_PARTS.map((name) => loadPart(name));
  const rules = rulesReader();
  const cache = new Map<string, Intent>();
  const ruleIntent = (text: string) => cache.get(text) ?? cache.set(text, rules(text)).get(text)!;
  return parts.map((held) => {
    const others = parts.filter((p) => p !== held);
    const messages = loadMessages(held.name);
    const scoreWith = (variant: Variant): Accuracy => evaluate(messages, modelFor(variant, others, ruleIntent));
    const scores = Object.fromEntries(variants.map((v) => [v, scoreWith(v)])) as Record<Variant, Accuracy>;
    return { part: held.name, scores };
  });
}

function modelFor(
  variant: Variant,
  parts: readonly LabelledPart[],
  ruleIntent: (text: string) => Intent,
): IntentModel | null {
  if (variant === 'rules') return null;
  return intentModelFrom(trainIntentModel(parts, variant === 'model+rules' ? { ruleIntent } : {}));
}

export interface Totals {
  total: number;
  intent: number;
  agency: number;
  agencyTotal: number;
  falseUpdates: number;
  falseWrites: number;
  updateFields: number;
  updateTotal: number;
}

export function totals(scores: readonly Accuracy[]): Totals {
  const sum = (key: keyof Totals) => scores.reduce((s, a) => s + a[key], 0);
  return {
    total: sum('total'),
    intent: sum('intent'),
    agency: sum('agency'),
    agencyTotal: sum('agencyTotal'),
    falseUpdates: sum('falseUpdates'),
    falseWrites: sum('falseWrites'),
    updateFields: sum('updateFields'),
    updateTotal: sum('updateTotal'),
  };
}

const pct = (a: number, b: number) => (b === 0 ? '  —  ' : `${((100 * a) / b).toFixed(1)}%`);

export function formatTable(rows: readonly PartScore[], variants: readonly Variant[]): string {
  const line = (name: string, byVariant: (v: Variant) => Totals) =>
    `${name.padEnd(12)}${variants
      .map((v) => {
        const t = byVariant(v);
        return `${pct(t.intent, t.total).padStart(7)} ${pct(t.agency, t.agencyTotal).padStart(7)} ${String(t.falseUpdates).padStart(3)}/${String(t.falseWrites).padEnd(3)} ${pct(t.updateFields, t.updateTotal).padStart(7)}`;
      })
      .join(' │')}`;
  const header = `${'part'.padEnd(12)}${variants.map((v) => `${v.padStart(13)} agency fu/fw  update`.padEnd(33)).join(' │')}`;
  const blind = rows.filter((r) => BLIND_PARTS.includes(r.part));
  return [
    header,
    ...rows.map((r) => line(`${r.part} (${r.scores[variants[0]!].total})`, (v) => totals([r.scores[v]]))),
    line('blind 20–22', (v) => totals(blind.map((r) => r.scores[v]))),
    line('all', (v) => totals(rows.map((r) => r.scores[v]))),
  ].join('\n');
}

// `npx tsx bench/understanding-loso.ts [variant…]` prints the table per part.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const missesOf = process.argv.indexOf('--misses');
  if (missesOf > 0) {
    const r = lososMisses(process.argv[missesOf + 1] ?? 'dev22');
    for (const miss of r.misses) {
      const diff = Object.keys(miss.expected)
        .filter((k) => JSON.stringify(miss.expected[k as 'intent']) !== JSON.stringify(miss.got[k as 'intent']))
        .map(
          (k) => `${k}: ${JSON.stringify(miss.expected[k as 'intent'])} ≠ ${JSON.stringify(miss.got[k as 'intent'])}`,
        );
      process.stdout.write(`${miss.text}\n    ${diff.join('; ')}\n`);
    }
    process.exit(0);
  }
  const asked = process.argv.slice(2).filter((a): a is Variant => (VARIANTS as readonly string[]).includes(a));
  const variants = asked.length > 0 ? asked : VARIANTS;
  const started = performance.now();
  const rows = leaveOneSetOut(variants);
  process.stdout.write(
    `${formatTable(rows, variants)}\n(intent, agency exact, false updates / false writes without asking, update fields exact; ${((performance.now() - started) / 1000).toFixed(0)} s)\n`,
  );
}

/** `npx tsx bench/understanding-loso.ts --misses dev22`: what the model trained on the other sets gets wrong there. */
export function lososMisses(name: string): Accuracy {
  const parts = DEV_PARTS.map((p) => loadPart(p));
  const rules = rulesReader();
  const model = modelFor(
    'model+rules',
    parts.filter((p) => p.name !== name),
    rules,
  );
  return evaluate(loadMessages(name), model);
}

/** Rows of `npm run bench`: leave-one-set-out beside the rules, and the model's cost. */
export function losoBenchRows(): BenchRow[] {
  const rows = leaveOneSetOut(['rules', 'model+rules']);
  const blind = rows.filter((r) => BLIND_PARTS.includes(r.part));
  const pctOf = (a: number, b: number) => (b === 0 ? 100 : (100 * a) / b);
  const out: BenchRow[] = [];
  for (const [label, set] of [
    ['all dev parts', rows],
    ['blind parts dev20–22', blind],
  ] as const) {
    for (const variant of ['model+rules', 'rules'] as const) {
      const t = totals(set.map((r) => r.scores[variant]));
      const who = variant === 'rules' ? 'old rules' : 'model + vetoes';
      const met = (ok: boolean) => (variant === 'rules' ? null : ok);
      out.push(
        {
          name: `understanding, leave-one-set-out (${label}, ${t.total}), ${who}: intent`,
          value: pctOf(t.intent, t.total),
          unit: '%',
          target: '≥ 95 %',
          met: met(pctOf(t.intent, t.total) >= 95),
        },
        {
          name: `understanding, leave-one-set-out (${label}), ${who}: agency exact`,
          value: pctOf(t.agency, t.agencyTotal),
          unit: '%',
          target: '≥ 95 %',
          met: met(pctOf(t.agency, t.agencyTotal) >= 95),
        },
        {
          name: `understanding, leave-one-set-out (${label}), ${who}: false updates (asked first)`,
          value: t.falseUpdates,
          unit: 'msgs',
          target: '—',
          met: null,
        },
        {
          name: `understanding, leave-one-set-out (${label}), ${who}: false updates written without asking`,
          value: t.falseWrites,
          unit: 'msgs',
          target: '0',
          met: met(t.falseWrites === 0),
        },
      );
    }
  }
  return [...out, ...modelCostRows()];
}

/** Training time on every part, the file's size, and the model's inference p99 per message. */
function modelCostRows(): BenchRow[] {
  const parts = DEV_PARTS.map((name) => loadPart(name));
  const rules = rulesReader();
  const started = performance.now();
  const file = trainIntentModel(parts, { ruleIntent: rules });
  const seconds = (performance.now() - started) / 1000;
  const model = intentModelFrom(file);
  const texts = parts.flatMap((p) => p.messages.map((m) => m.text));
  const times: number[] = [];
  // Warm first; then CPU time per call (process.cpuUsage), as wall time on a shared machine
  // counts the other processes' turns too.
  for (const text of texts) model.predict(text, 'unknown');
  for (const text of texts) {
    const t0 = process.cpuUsage();
    model.predict(text, 'unknown');
    const used = process.cpuUsage(t0);
    times.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  const p99 = times[Math.floor(times.length * 0.99)] ?? 0;
  const size = JSON.stringify(file).length / 2 ** 20;
  return [
    {
      name: `intent model: training time (${file.examples} messages, rules' reading included)`,
      value: seconds,
      unit: 's',
      target: '< 60 s',
      met: seconds < 60,
    },
    { name: 'intent model: file size', value: size, unit: 'MiB', target: '< 3 MiB', met: size < 3 },
    {
      name: 'intent model: inference p99 per message (CPU time)',
      value: p99,
      unit: 'ms',
      target: '< 1 ms',
      met: p99 < 1,
    },
  ];
}
