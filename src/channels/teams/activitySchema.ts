// The activity fields this bot reads, checked before botbuilder sees the request. Other fields pass through.
import { z } from 'zod';

const ChannelAccount = z.looseObject({ id: z.string().min(1).max(512), name: z.string().max(512).optional() });

export const IncomingActivity = z.looseObject({
  type: z.string().min(1).max(64),
  id: z.string().max(512).optional(),
  channelId: z.string().min(1).max(64),
  serviceUrl: z.url({ protocol: /^https?$/ }),
  conversation: z.looseObject({
    id: z.string().min(1).max(1024),
    conversationType: z.string().max(64).optional(),
    isGroup: z.boolean().optional(),
  }),
  from: ChannelAccount,
  recipient: ChannelAccount,
  // Length is not limited here: a very long question gets a friendly answer from the engine, not a 400.
  text: z.string().optional().nullable(),
  value: z.unknown().optional(),
  locale: z.string().max(35).optional().nullable(),
  membersAdded: z.array(ChannelAccount).max(1000).optional(),
  entities: z.array(z.looseObject({ type: z.string().optional() })).max(100).optional(),
  replyToId: z.string().max(512).optional(),
});
export type IncomingActivity = z.infer<typeof IncomingActivity>;

/** One readable line per problem, naming the field (never echoing its value). */
export function describeActivityProblems(error: z.ZodError): string[] {
  return error.issues.slice(0, 10).map((i) => `${i.path.join('.') || 'body'}: ${i.message}`);
}
