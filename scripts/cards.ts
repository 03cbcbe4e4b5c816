// Writes the bot's Adaptive Cards as JSON files (build/cards/) to open in the Adaptive Cards Designer
// (https://adaptivecards.io/designer: paste into "Card Payload Editor", host app "Microsoft Teams").
// The answer cards come from the real engine, so what you see is what Teams gets.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { respond } from '../src/conversation/session';
import { answerCard, apologyCard, calculatorCard, cardBytes, welcomeCard, type AdaptiveCard } from '../src/rendering/adaptiveCard';

const out = join(__dirname, '..', 'build', 'cards');
mkdirSync(out, { recursive: true });

const answer = (text: string) => answerCard(respond({}, text, { locale: 'en-US' }).answer);
const cards: Record<string, AdaptiveCard> = {
  welcome: welcomeCard(),
  'seed-example-79': answer('I have 473 network devices, 1206 IoT devices and 320 Microsoft 365 E5 licences'),
  'asks-for-licences': answer('I have 1679 devices'),
  'covered-with-headroom': answer('1679 devices and 400 E5'),
  trial: answer('How do I start a trial?'),
  'cancel-legacy': answer('How do I cancel the legacy plan?'),
  calculator: calculatorCard(),
  'calculator-errors': calculatorCard({
    values: { networkDevices: -5 },
    errors: { networkDevices: "The number of network devices can't be negative.", iotDevices: 'Enter the number of IoT devices.' },
  }),
  apology: apologyCard(),
};
for (const [name, card] of Object.entries(cards)) {
  const file = join(out, `${name}.json`);
  writeFileSync(file, `${JSON.stringify(card, null, 2)}\n`);
  console.log(`${file}  ${(cardBytes(card) / 1024).toFixed(1)} KB`);
}
