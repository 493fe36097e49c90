import { Intent } from '../types.js';
import { featureIds } from './features.js';
import type { LinearModelFile } from './linear.js';
import type { LabelledPart } from './training-data.js';
import { DEFAULT_TRAIN, sha256, toModelFile, trainWeights, type TrainOptions } from './train.js';

/** Version of the feature set and file layout: bump it when features.ts changes. */
export const MODEL_VERSION = 1;

/**
 * Trains the intent model on labelled parts. `ruleIntent` gives the rules' reading of a message
 * when the model should learn from it too (the combination measured best); without it the model
 * reads the words alone.
 */
export function trainIntentModel(
  parts: readonly LabelledPart[],
  options: { ruleIntent?: (text: string) => Intent; train?: Partial<TrainOptions> } = {},
): LinearModelFile {
  const classes = Intent.options;
  const messages = parts.flatMap((part) => part.messages);
  const examples = messages.map((m) => ({
    ids: featureIds(m.text, options.ruleIntent ? [`rule:${options.ruleIntent(m.text)}`] : []),
    label: classes.indexOf(m.intent),
  }));
  const weights = trainWeights(examples, classes, { ...DEFAULT_TRAIN, ...options.train });
  const dataHash = sha256(messages.map((m) => `${m.intent}\t${m.text}`).join('\n'));
  return toModelFile(
    weights,
    {
      version: MODEL_VERSION,
      dataHash,
      trainedOn: parts.map((p) => p.name),
      examples: messages.length,
      ruleFeature: options.ruleIntent !== undefined,
    },
    options.train?.prune ?? DEFAULT_TRAIN.prune,
  );
}
