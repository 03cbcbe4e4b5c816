// The two bodies Slack posts to us, as zod schemas: a slash command form and an interaction payload.
// Both arrive as application/x-www-form-urlencoded; interactions carry one JSON `payload` field.
import { z } from 'zod';

/** Longest value Slack lets a button carry (and so the longest follow-up question we accept back). */
export const MAX_BUTTON_VALUE = 2000;

export const SlashCommandForm = z.object({
  command: z.string({ error: 'is missing' }).trim().min(1, { error: 'is empty' }),
  /** Slack sends `text=` (empty) for a bare command; a form without it is treated the same way. */
  text: z.string().default(''),
  response_url: z.string().optional(),
  user_id: z.string().optional(),
  channel_id: z.string().optional(),
  team_id: z.string().optional(),
});
export type SlashCommandForm = z.infer<typeof SlashCommandForm>;

const BlockAction = z.object({
  action_id: z.string().min(1).max(255),
  type: z.string().min(1),
  block_id: z.string().optional(),
  /** Present on our follow-up buttons; absent on link buttons. */
  value: z.string().max(MAX_BUTTON_VALUE).optional(),
  url: z.string().optional(),
});
export type BlockAction = z.infer<typeof BlockAction>;

export const BlockActionsPayload = z.object({
  type: z.literal('block_actions'),
  user: z.object({ id: z.string().min(1) }).optional(),
  team: z.object({ id: z.string() }).nullish(),
  /** Absent for actions outside messages (App Home, modals): nothing to answer then. */
  response_url: z.string().optional(),
  actions: z.array(BlockAction).min(1),
});
export type BlockActionsPayload = z.infer<typeof BlockActionsPayload>;

/** Every interaction has a `type`; only block_actions get an answer, the rest are acknowledged. */
export const InteractionEnvelope = z.object({ type: z.string().min(1) });

/** URLSearchParams never throws; the first value wins when a field repeats. */
export function parseForm(rawBody: Buffer): Record<string, string> {
  const params = new URLSearchParams(rawBody.toString('utf8'));
  const fields: Record<string, string> = {};
  for (const [key, value] of params) {
    if (!(key in fields)) fields[key] = value;
  }
  return fields;
}

export type InteractionParse =
  | { kind: 'block_actions'; payload: BlockActionsPayload }
  | { kind: 'other'; type: string }
  | { kind: 'invalid'; problem: string };

export function parseInteraction(fields: Record<string, string>): InteractionParse {
  const raw = fields.payload;
  if (raw === undefined) return { kind: 'invalid', problem: 'the form has no `payload` field' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { kind: 'invalid', problem: 'the `payload` field is not JSON' };
  }
  const envelope = InteractionEnvelope.safeParse(json);
  if (!envelope.success) return { kind: 'invalid', problem: 'the payload has no `type`' };
  if (envelope.data.type !== 'block_actions') return { kind: 'other', type: envelope.data.type };
  const payload = BlockActionsPayload.safeParse(json);
  if (!payload.success) {
    const fieldsWrong = [...new Set(payload.error.issues.map((i) => i.path.join('.') || 'payload'))];
    return { kind: 'invalid', problem: `the block_actions payload has bad or missing fields: ${fieldsWrong.join(', ')}` };
  }
  return { kind: 'block_actions', payload: payload.data };
}

/** Field names only, never values: a form can carry a user's text. */
export function describeFormProblem(error: z.ZodError): string {
  return error.issues.map((i) => `\`${i.path.join('.') || 'form'}\` ${i.message}`).join('; ');
}
