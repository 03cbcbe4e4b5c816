// A zod schema of the Block Kit limits our messages must respect (docs.slack.dev/reference/block-kit),
// applied in tests to every message the Slack channel renders. Strict objects: a typo'd key fails too.
import { z } from 'zod';

/** &, < and > must arrive as entities; any `&` must start one of Slack's three. */
const Escaped = z
  .string()
  .refine((s) => /\S/.test(s), { error: 'is blank' })
  .refine((s) => !/[<>]/.test(s), { error: 'contains an unescaped < or >' })
  .refine((s) => !/&(?!(amp|lt|gt);)/.test(s), { error: 'contains an unescaped &' });

const textObject = (max: number) =>
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('plain_text'), text: Escaped.min(1).max(max), emoji: z.boolean().optional() }),
    z.strictObject({ type: z.literal('mrkdwn'), text: Escaped.min(1).max(max), verbatim: z.boolean().optional() }),
  ]);
const plainText = (max: number) =>
  z.strictObject({ type: z.literal('plain_text'), text: Escaped.min(1).max(max), emoji: z.boolean().optional() });

const BlockId = z.string().min(1).max(255).optional();

const Button = z
  .strictObject({
    type: z.literal('button'),
    action_id: z.string().min(1).max(255),
    text: plainText(75),
    url: z.url({ protocol: /^https$/ }).max(3000).optional(),
    value: z.string().min(1).max(2000).optional(),
    style: z.enum(['primary', 'danger']).optional(),
  })
  .refine((b) => Boolean(b.url) !== Boolean(b.value), { error: 'a button is either a link (url) or an action (value)' });

export const BlockSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('header'), block_id: BlockId, text: plainText(150) }),
  z
    .strictObject({
      type: z.literal('section'),
      block_id: BlockId,
      text: textObject(3000).optional(),
      fields: z.array(textObject(2000)).min(1).max(10).optional(),
    })
    .refine((s) => s.text || s.fields, { error: 'a section needs text or fields' }),
  z.strictObject({ type: z.literal('divider'), block_id: BlockId }),
  z.strictObject({ type: z.literal('context'), block_id: BlockId, elements: z.array(textObject(3000)).min(1).max(10) }),
  z.strictObject({ type: z.literal('actions'), block_id: BlockId, elements: z.array(Button).min(1).max(25) }),
]);

export const SlackMessageSchema = z
  .strictObject({
    /** The notification fallback: required alongside blocks. */
    text: Escaped.min(1).max(3000),
    blocks: z.array(BlockSchema).min(1).max(50),
    response_type: z.enum(['ephemeral', 'in_channel']).optional(),
    replace_original: z.boolean().optional(),
  })
  .superRefine((message, ctx) => {
    const ids = message.blocks.flatMap((b) => (b.type === 'actions' ? b.elements.map((e) => e.action_id) : []));
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', message: 'duplicate action_id' });
    const blockIds = message.blocks.flatMap((b) => (b.block_id ? [b.block_id] : []));
    if (new Set(blockIds).size !== blockIds.length) ctx.addIssue({ code: 'custom', message: 'duplicate block_id' });
  });

/** Throws with every problem listed (readable in a failing test). */
export function assertWithinBlockKitLimits(message: unknown): z.infer<typeof SlackMessageSchema> {
  const result = SlackMessageSchema.safeParse(message);
  if (!result.success) throw new Error(`Block Kit limits broken:\n${z.prettifyError(result.error)}`);
  return result.data;
}

/** All visible text of a message, joined (for "shows 79" style assertions). */
export function messageText(message: { blocks: unknown[] }): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'text' && typeof value === 'string') out.push(value);
        else walk(value);
      }
    }
  };
  walk(message.blocks);
  return out.join('\n');
}
