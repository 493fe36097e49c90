import type { DateTime } from 'luxon';
import type { AgencyLookup } from '#src/domain/agencies/index.js';
import { decideIntent, ruleWhy, withConfirm, type FreeTextReading } from './decide.js';
import { fromFreeText } from './free-text.js';
import { firstQuestion, pageOf, uncalled } from './message-parts.js';
import { defaultIntentModel, type IntentModel } from './model/intent-model.js';
import { withoutNegated } from './negation.js';
import { normalizeMessage } from './normalize.js';
import { commandIn, fromCommand } from './slash-command.js';
import { withSupportPart } from './support-part.js';
import type { Intent, Parsed } from './types.js';
import { plainKeyboard } from './typos.js';

export { withoutPage } from './message-parts.js';

/**
 * Text → what the user wants, with its fields. Slash commands are read by their name;
 * free text by cues, most specific first. A message that asks nothing of the bot
 * ("cảm ơn Sở Tư pháp nhé") is "unknown": it is answered kindly and never acted on.
 */
export interface UnderstandDeps {
  agencies: AgencyLookup;
  now: () => DateTime;
  /** Slash names without diacritics → the intent each command answers (from commands/). */
  slash: ReadonlyMap<string, Intent>;
  /** The intent model: the trained one shipped with the bot when left out; null for the rules alone. */
  intentModel?: IntentModel | null;
}

/** Longer messages are read from their start only: the cues are regular expressions, some of them with several open gaps. */
const READ_CHARS = 1000;

export function understandMessage(message: string, deps: UnderstandDeps): Parsed {
  // "… trang 3" asks for a page of a long answer, whatever the question.
  const { rest: text, page } = pageOf(message.trim().slice(0, READ_CHARS));
  const command = commandIn(text, deps.slash);
  if (command) {
    const parsed = withConfirm({
      ...fromCommand(command.name, command.args, deps),
      page,
      why: ruleWhy('slash-command'),
    });
    return withSupportPart(parsed, command.args, deps.agencies);
  }
  const model = deps.intentModel === undefined ? defaultIntentModel() : deps.intentModel;
  const read = readFreeText(text, deps);
  if (!model)
    return withSupportPart(
      withConfirm({ ...read.rules, page, why: ruleWhy(null, read.rules.intent) }),
      text,
      deps.agencies,
    );
  return withSupportPart(
    { ...decideIntent(read, model.predict(text, read.rules.intent), deps), page },
    text,
    deps.agencies,
  );
}

/** The rules' reading of free text, and the text the slots are read from. */
function readFreeText(text: string, deps: UnderstandDeps): FreeTextReading {
  // Two questions in one message: the first is answered ("…, à mà bot có nhắc qua Zalo không").
  const first = firstQuestion(text);
  const normalized = withoutNegated(plainKeyboard(normalizeMessage(first)));
  return { rules: fromFreeText(normalized, deps, text), normalized: uncalled(normalized), original: text };
}
