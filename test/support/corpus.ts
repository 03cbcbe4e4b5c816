// The labelled corpus (test/corpus/*.jsonl), read and checked once for every test that uses it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CORE_INTENTS, KNOWLEDGE_INTENTS } from '../../src/answer/model';

export const CorpusCase = z.object({
  text: z.string(),
  locale: z.string().optional(),
  intent: z.enum([...CORE_INTENTS, ...KNOWLEDGE_INTENTS]),
  totalDevices: z.number().int().nonnegative().nullable(),
  coveredDevices: z.number().int().nonnegative().nullable(),
  gap: z.number().int().nonnegative().nullable(),
  missing: z.array(z.enum(['devices', 'licenses'])),
});
export type CorpusCase = z.infer<typeof CorpusCase>;

const dir = join(__dirname, '..', 'corpus');

/** Every labelled line with the file it came from; a malformed line fails the test that loads it. */
export function loadCorpus(): { file: string; c: CorpusCase }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((file) =>
      readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => ({ file, c: CorpusCase.parse(JSON.parse(l)) })),
    );
}
