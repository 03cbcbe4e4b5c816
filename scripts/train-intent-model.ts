// Trains the fallback intent model (src/understanding/intentModel.ts) on the labelled corpus and writes
// src/understanding/intentModelData.json. Run after adding corpus files: `npm run train:intents`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { trainIntentModel } from '../src/understanding/intentModel';
import { loadCorpus } from '../test/support/corpus';

const model = trainIntentModel(loadCorpus().map(({ c }) => ({ text: c.text, intent: c.intent })));
const out = join(__dirname, '..', 'src', 'understanding', 'intentModelData.json');
writeFileSync(out, `${JSON.stringify(model)}\n`);
console.log(`${out}: ${model.intents.length} intents, ${Object.keys(model.tokens).length} tokens`);
