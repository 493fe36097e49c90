import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Intent } from '../types.js';
import { featureIds } from './features.js';
import { fromFile, LinearModelFile, scoreLinear, type LinearModel } from './linear.js';

/**
 * The trained intent model: `npm run train` writes `intent-model.json` beside this file and the
 * bot loads it once. It reads the message's words and, when trained so, the rules' reading.
 */
export interface IntentPrediction {
  intent: Intent;
  /** The model's probability for that intent. */
  score: number;
  /** Its probability for a status update, whatever it chose. */
  updateScore: number;
}

export interface IntentModel {
  predict(message: string, ruleIntent: Intent): IntentPrediction;
  info: LinearModel['file'];
}

export const MODEL_PATH = fileURLToPath(new URL('./intent-model.json', import.meta.url));

export function intentModelFrom(file: LinearModelFile): IntentModel {
  const model = fromFile(file);
  const intents = model.classes.map((name) => Intent.parse(name));
  const update = intents.indexOf('status_update');
  return {
    info: model.file,
    predict(message, ruleIntent) {
      const ids = featureIds(message, model.file.ruleFeature ? [`rule:${ruleIntent}`] : []);
      const p = scoreLinear(model.bias, (id) => model.rows.get(id), ids);
      let best = 0;
      for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
      return {
        intent: intents[best] ?? 'unknown',
        score: p[best] ?? 0,
        updateScore: update < 0 ? 0 : (p[update] ?? 0),
      };
    },
  };
}

let loaded: IntentModel | null | undefined;

/** The model shipped with the bot, loaded on first use; null when it was never trained. */
export function defaultIntentModel(): IntentModel | null {
  if (loaded === undefined) {
    loaded = existsSync(MODEL_PATH)
      ? intentModelFrom(LinearModelFile.parse(JSON.parse(readFileSync(MODEL_PATH, 'utf8'))))
      : null;
  }
  return loaded;
}
