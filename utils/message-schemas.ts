// Checks on the messages of messages.ts where they arrive (background, popup).
import { z } from 'zod';
import { PLATFORMS, POST_KINDS } from '@/rules/types';
import { JOURNAL_ACTIONS, JOURNAL_MESSAGE } from './messages';

export const journalEntrySchema = z.object({
  time: z.number(),
  site: z.enum(PLATFORMS),
  kind: z.enum(POST_KINDS),
  verdict: z.enum(['ok', 'caution', 'stop']),
  rules: z.array(z.string()),
  action: z.enum(JOURNAL_ACTIONS),
  justification: z.string().optional(),
  text: z.string().optional(),
});

export const journalMessageSchema = z.object({ type: z.literal(JOURNAL_MESSAGE), entry: journalEntrySchema });

export const tabStatusSchema = z.object({
  platform: z.enum(PLATFORMS),
  watching: z.number().int().nonnegative(),
  siteEnabled: z.boolean(),
  pausedUntil: z.number().nonnegative(),
});
