import { fold } from '#src/domain/text.js';
import type { IntentPrediction } from './model/intent-model.js';
import { notAReport } from './safety.js';
import { fixTypos } from './typos.js';
import { slotsFor, updateBlocker, type SlotDeps } from './slots.js';
import type { Intent, Parsed, Why } from './types.js';

/**
 * Who decides the intent of free text: the trained model, which also reads the rules' answer as
 * one of its features. The model's choice stands, except where a named veto says it cannot:
 *
 * - `update-needs-task-and-status`: an update is written to one task with one status; with no
 *   task reference or no status said about now there is nothing to write, so the rules' reading
 *   stands.
 * - `question-is-not-update`: "TN60-05 xong chưa?" asks; a question is never written.
 * - `one-task-per-update`: several tasks at once are a summary for people, not a report.
 * - `extension-is-not-update`: a request to move a deadline is its own intent.
 *
 * Hearsay, promises to report later, plans and quotes (safety.ts) keep the model's intent but
 * are never written without asking.
 *
 * - `search-by-content`: "tìm việc về …" looks a task up by its words (the rules read the query).
 * - `model-unsure`: the model's best guess has less than MODEL_SURE; the rules' reading stands.
 *
 * Slash commands never reach the model: their contract is exact (rule `slash-command`).
 */
export interface FreeTextReading {
  /** The rules' reading, with its fields. */
  rules: Parsed;
  /** The text the fields are read from (first question, normalised, the bot's call removed). */
  normalized: string;
  /** The message as typed, for the note kept with an update. */
  original: string;
}

/**
 * Under this probability the model defers to the rules (`model-unsure`). Measured leave-one-set-out
 * (bench/understanding-loso.ts): 0.6 scored best on the blind sets (dev20–22) and overall.
 */
export const MODEL_SURE = 0.6;

/** The model's probability under which an update is asked about before it is written. */
export const CONFIDENT_UPDATE = 0.9;

export function ruleWhy(rule: string | null, ruleIntent: Intent | null = null): Why {
  return { by: 'rule', rule, score: null, modelIntent: null, ruleIntent };
}

export function decideIntent(read: FreeTextReading, prediction: IntentPrediction, deps: SlotDeps): Parsed {
  const { rules } = read;
  const why: Why = {
    by: 'model',
    rule: null,
    score: round(prediction.score),
    modelIntent: prediction.intent,
    ruleIntent: rules.intent,
  };
  const text = read.normalized;
  if (prediction.intent === rules.intent) return withConfirm({ ...rules, why }, prediction, text);
  // "tìm việc về dân vận khéo": a search by a task's content has its own wording; the rules keep it.
  if (rules.intent === 'task_detail' && rules.query !== '')
    return { ...rules, why: { ...why, by: 'rule', rule: 'search-by-content' } };
  if (prediction.score < MODEL_SURE)
    return withConfirm({ ...rules, why: { ...why, by: 'rule', rule: 'model-unsure' } }, prediction, text);
  if (prediction.intent === 'status_update') {
    const veto = updateBlocker(text);
    if (veto) return withConfirm({ ...rules, why: { ...why, by: 'rule', rule: veto } }, prediction, text);
  }
  return withConfirm({ ...slotsFor(prediction.intent, text, read.original, deps), why }, prediction, text);
}

/**
 * Whether the bot asks before writing an update: it writes at once only a clear status of one
 * task that the model is confident of and the rules read as an update too.
 */
export function withConfirm(parsed: Parsed, prediction?: IntentPrediction, text = ''): Parsed {
  if (parsed.intent !== 'status_update') return { ...parsed, confirm: false };
  const unclear = parsed.uncertain || parsed.taskRef === null || (parsed.status === null && parsed.progress === null);
  const unsure =
    prediction !== undefined &&
    (prediction.updateScore < CONFIDENT_UPDATE || parsed.why.ruleIntent !== 'status_update');
  // Hearsay, a promise, a plan or a quote: asked about, never written at once (safety.ts names them).
  const check = text === '' ? null : notAReport(fixTypos(fold(text)), text);
  const why = check && parsed.why.rule === null ? { ...parsed.why, rule: check } : parsed.why;
  return { ...parsed, why, confirm: unclear || unsure || check !== null };
}

const round = (score: number) => Math.round(score * 1000) / 1000;
