import { createHash } from 'node:crypto';
import { HASH_BITS } from './features.js';
import { type LinearModelFile, softmaxInPlace } from './linear.js';

/**
 * Multinomial logistic regression trained by AdaGrad over hashed, sparse features.
 * Deterministic: examples are visited in an order shuffled by a seeded generator, and the
 * arithmetic is the same on every run, so the same data gives the same weights and hash.
 */
export interface Example {
  ids: Uint32Array;
  label: number;
}

export interface TrainOptions {
  epochs: number;
  rate: number;
  /** L2 shrink applied to the weights an example touches. */
  l2: number;
  seed: number;
  /** Weights smaller than this (in absolute value) are dropped from the file. */
  prune: number;
}

export const DEFAULT_TRAIN: TrainOptions = { epochs: 12, rate: 0.4, l2: 1e-5, seed: 20251206, prune: 0.02 };
const SCALE = 1000;

/** A seeded generator (mulberry32): the shuffle is the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface TrainedWeights {
  classes: readonly string[];
  bias: Float64Array;
  /** Dense rows for the buckets seen in training. */
  rows: Map<number, Float64Array>;
}

export function trainWeights(
  examples: readonly Example[],
  classes: readonly string[],
  options: TrainOptions = DEFAULT_TRAIN,
): TrainedWeights {
  const k = classes.length;
  // Buckets seen in training get dense slots: one flat array of weights, row by row.
  const slot = new Map<number, number>();
  const dense = examples.map((ex) =>
    Uint32Array.from(ex.ids, (id) => {
      let at = slot.get(id);
      if (at === undefined) slot.set(id, (at = slot.size));
      return at;
    }),
  );
  const w = new Float64Array(slot.size * k);
  const sq = new Float64Array(slot.size * k).fill(1e-8);
  const bias = new Float64Array(k);
  const biasSq = new Float64Array(k).fill(1e-8);
  const z = new Float64Array(k);
  const order = examples.map((_, i) => i);
  const random = seededRandom(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const ids = dense[index]!;
      const label = examples[index]!.label;
      const value = ids.length === 0 ? 0 : 1 / Math.sqrt(ids.length);
      z.set(bias);
      for (const at of ids) for (let c = 0; c < k; c++) z[c]! += w[at * k + c]! * value;
      softmaxInPlace(z);
      for (let c = 0; c < k; c++) {
        const g = z[c]! - (c === label ? 1 : 0);
        biasSq[c]! += g * g;
        bias[c]! -= (options.rate * g) / Math.sqrt(biasSq[c]!);
        for (const at of ids) {
          const i = at * k + c;
          const grad = g * value + options.l2 * w[i]!;
          sq[i]! += grad * grad;
          w[i]! -= (options.rate * grad) / Math.sqrt(sq[i]!);
        }
      }
    }
  }
  const rows = new Map<number, Float64Array>();
  for (const [id, at] of slot) rows.set(id, w.slice(at * k, at * k + k));
  return { classes, bias, rows };
}

/** The weights as the versioned file: small weights pruned, the rest in thousandths, with hashes. */
export function toModelFile(
  weights: TrainedWeights,
  meta: { version: number; dataHash: string; trainedOn: string[]; examples: number; ruleFeature: boolean },
  prune = DEFAULT_TRAIN.prune,
): LinearModelFile {
  const out: Record<string, number[]> = {};
  const buckets = [...weights.rows.keys()].sort((a, b) => a - b);
  for (const bucket of buckets) {
    const row = weights.rows.get(bucket)!;
    if (row.every((w) => Math.abs(w) < prune)) continue;
    out[String(bucket)] = Array.from(row, (w) => (Math.abs(w) < prune ? 0 : Math.round(w * SCALE)));
  }
  const bias = Array.from(weights.bias, (w) => Math.round(w * SCALE));
  const modelHash = sha256(JSON.stringify([weights.classes, bias, out]));
  return {
    format: 'dondoc-intent-linear',
    ...meta,
    modelHash,
    hashBits: HASH_BITS,
    classes: [...weights.classes],
    scale: SCALE,
    bias,
    weights: out,
  };
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
