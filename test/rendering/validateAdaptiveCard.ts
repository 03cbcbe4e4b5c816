// Validates a card the way Teams' renderer library reads it: the `adaptivecards` parser at schema 1.5.
// Returns every parse and validation message; an empty list means the card is clean.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js');

export interface CardCheck {
  problems: string[];
  /** The card as the parser re-serialized it (what a 1.5 host keeps). */
  roundTrip: Record<string, unknown>;
  inputIds: string[];
}

export function checkAdaptiveCard(json: unknown): CardCheck {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(json, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`);
  const results = card.validateProperties();
  for (const e of results.validationEvents) problems.push(`validate: ${e.message}`);
  const version = (json as { version?: string }).version;
  if (version !== '1.5') problems.push(`version is ${String(version)}, expected 1.5`);
  return {
    problems,
    roundTrip: card.toJSON(new AC.SerializationContext(AC.Versions.v1_5)),
    inputIds: card.getAllInputs().map((i: { id: string }) => i.id),
  };
}
