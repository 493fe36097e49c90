import { z } from 'zod';

/**
 * A trained linear model over hashed features: one weight per class for each kept feature
 * bucket, plus a bias per class. Weights are stored as integers (thousandths) to keep the
 * file small; `scoreLinear` turns a message's features into class probabilities (softmax).
 */
export const LinearModelFile = z.object({
  format: z.literal('dondoc-intent-linear'),
  version: z.number().int(),
  /** sha256 of the training messages (text and intent), so a model names what it learned from. */
  dataHash: z.string(),
  /** sha256 of the weights themselves: the same data and seed give the same hash. */
  modelHash: z.string(),
  trainedOn: z.array(z.string()),
  examples: z.number().int(),
  hashBits: z.number().int(),
  /** Whether the rules' reading of the message is one of the features ("rule:<intent>"). */
  ruleFeature: z.boolean(),
  classes: z.array(z.string()),
  scale: z.number(),
  bias: z.array(z.number().int()),
  /** Bucket → weights per class, as integers to divide by `scale`. */
  weights: z.record(z.string(), z.array(z.number().int())),
});
export type LinearModelFile = z.infer<typeof LinearModelFile>;

/** The model in memory: weights per bucket as floats, ready to score. */
export interface LinearModel {
  classes: readonly string[];
  bias: Float64Array;
  rows: Map<number, Float64Array>;
  file: Pick<LinearModelFile, 'version' | 'dataHash' | 'modelHash' | 'trainedOn' | 'examples' | 'ruleFeature'>;
}

export function fromFile(file: LinearModelFile): LinearModel {
  const k = file.classes.length;
  const rows = new Map<number, Float64Array>();
  for (const [bucket, ints] of Object.entries(file.weights)) {
    if (ints.length !== k) throw new Error(`intent model: bucket ${bucket} has ${ints.length} weights, expected ${k}`);
    rows.set(
      Number(bucket),
      Float64Array.from(ints, (w) => w / file.scale),
    );
  }
  return {
    classes: file.classes,
    bias: Float64Array.from(file.bias, (w) => w / file.scale),
    rows,
    file: {
      version: file.version,
      dataHash: file.dataHash,
      modelHash: file.modelHash,
      trainedOn: file.trainedOn,
      examples: file.examples,
      ruleFeature: file.ruleFeature,
    },
  };
}

/** Scores as probabilities over the classes (features weigh 1/√n each). */
export function scoreLinear(
  bias: Float64Array,
  row: (bucket: number) => ArrayLike<number> | undefined,
  ids: Uint32Array,
): Float64Array {
  const z = Float64Array.from(bias);
  const value = ids.length === 0 ? 0 : 1 / Math.sqrt(ids.length);
  for (const id of ids) {
    const w = row(id);
    if (!w) continue;
    for (let c = 0; c < z.length; c++) z[c]! += (w[c] ?? 0) * value;
  }
  return softmaxInPlace(z);
}

export function softmaxInPlace(z: Float64Array): Float64Array {
  let max = -Infinity;
  for (const v of z) max = Math.max(max, v);
  let sum = 0;
  for (let c = 0; c < z.length; c++) {
    z[c] = Math.exp(z[c]! - max);
    sum += z[c]!;
  }
  for (let c = 0; c < z.length; c++) z[c]! /= sum;
  return z;
}
