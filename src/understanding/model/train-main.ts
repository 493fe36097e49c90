import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { COMMANDS } from '#commands/index.js';
import { slashIntents } from '#src/conversation/engine.js';
import { fixedClock } from '#src/domain/clock.js';
import { createAgencyLookup } from '#src/domain/agencies/index.js';
import type { Intent } from '../types.js';
import { understandMessage } from '../understand.js';
import { MODEL_PATH } from './intent-model.js';
import { trainIntentModel } from './train-intent.js';
import { devPartNames, loadPart } from './training-data.js';

/**
 * `npm run train`: trains the intent model on every development part of
 * test/fixtures/messages and writes src/understanding/model/intent-model.json.
 */
export function rulesReader(): (text: string) => Intent {
  const deps = {
    agencies: createAgencyLookup([]),
    now: () => fixedClock('2024-06-12T09:00:00').now(),
    slash: slashIntents(COMMANDS),
    intentModel: null,
  };
  return (text) => understandMessage(text, deps).intent;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const started = performance.now();
  const parts = devPartNames().map((name) => loadPart(name));
  const file = trainIntentModel(parts, { ruleIntent: rulesReader() });
  const json = JSON.stringify(file);
  writeFileSync(MODEL_PATH, `${json}\n`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `intent model v${file.version}: ${file.examples} messages from ${parts.length} parts, ${Object.keys(file.weights).length} features kept, ` +
      `${(json.length / 1024).toFixed(0)} KiB, ${seconds} s\nmodel ${file.modelHash.slice(0, 12)} data ${file.dataHash.slice(0, 12)} → ${MODEL_PATH}\n`,
  );
}
