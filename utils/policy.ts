// The settings' value schemas, shared by the person's own preferences, the organisation's
// managed policy (Chrome/Edge managed storage, Firefox policies.json → 3rdparty) and the
// admin samples in docs/policies/. Parsing is per key: a bad value is dropped and named,
// the rest applies (browsers do the same with their own policies).
import { z } from 'zod';
import { LANGUAGES, PLATFORMS, PRINCIPLES } from '@/rules/types';
import { parseRulePack } from '@/rules';
import type { PackError, Platform, Principle, RulePack } from '@/rules/types';
import type { Contact, JournalSettings, Mode } from './settings';

export const MODES = ['advise', 'confirm', 'justify', 'block'] as const;

/** Only web links: a contact's url ends up in an href. */
const webUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) address' });

export const contactSchema = z.object({
  role: z.string().trim().min(1),
  name: z.string().trim().min(1),
  email: z.email().optional(),
  url: webUrl.optional(),
});

export const organizationSchema = z.object({
  name: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)).optional(),
});

export const modeSchema = z.enum(MODES);
export const languageSchema = z.enum(LANGUAGES);
export const principleSchema = z.enum(PRINCIPLES);
export const platformSchema = z.enum(PLATFORMS);
export const allowEntrySchema = z.object({ rule: z.string().min(1), phrase: z.string().min(1) });

/** Fields of the `journal` object, each valid on its own. */
export const journalFieldSchemas = {
  enabled: z.boolean(),
  retentionDays: z.number().int().min(1).max(3650),
  keepText: z.boolean(),
};

export interface PolicyValues {
  organization: z.infer<typeof organizationSchema>;
  mode: Mode;
  contacts: Contact[];
  disabledPrinciples: Principle[];
  rulePack: RulePack;
  journal: Partial<JournalSettings>;
  sites: Partial<Record<Platform, boolean>>;
  uiLanguage: z.infer<typeof languageSchema>;
  /** false: the person cannot pause the extension (policy only). */
  allowPause: boolean;
}
export type PolicyKey = keyof PolicyValues;
export const POLICY_KEYS: PolicyKey[] = [
  'organization',
  'mode',
  'contacts',
  'disabledPrinciples',
  'rulePack',
  'journal',
  'sites',
  'uiLanguage',
  'allowPause',
];

/** A zod issue that keeps the value it is about, so that it can be worded in any UI language. */
export type ValueIssue = z.core.$ZodIssue;

/**
 * Why part of a policy was ignored, as data (paths, rule ids, the value): the options page words
 * it in the UI language (utils/policy-messages.ts).
 */
export type PolicyProblem =
  | { kind: 'notAnObject'; value: string }
  | { kind: 'expectedList' | 'expectedObject'; key: string; value: string }
  | { kind: 'invalidValue'; key: string; issues: ValueIssue[]; value: string }
  /** `pack` as given, so that the options page can word its errors in the UI language. */
  | { kind: 'invalidRulePack'; errors: PackError[]; pack: unknown };

export interface ParsedPolicy {
  values: Partial<PolicyValues>;
  /** Paths the values set: 'mode', 'journal.enabled', 'sites.x'… */
  setPaths: string[];
  errors: PolicyProblem[];
}

/** reportInput: the issues carry the offending value, which translated messages describe. */
const check = <T>(schema: z.ZodType<T>, value: unknown) => schema.safeParse(value, { reportInput: true });

function show(value: unknown): string {
  const json = JSON.stringify(value);
  return json === undefined ? String(value) : json.length > 80 ? `${json.slice(0, 77)}…` : json;
}

/** Keeps the valid items of an array, naming each dropped one. */
function parseItems<T>(key: string, raw: unknown, item: z.ZodType<T>, errors: PolicyProblem[]): T[] | undefined {
  if (!Array.isArray(raw)) {
    errors.push({ kind: 'expectedList', key, value: show(raw) });
    return undefined;
  }
  const kept: T[] = [];
  raw.forEach((value, index) => {
    const parsed = check(item, value);
    if (parsed.success) kept.push(parsed.data);
    else errors.push({ kind: 'invalidValue', key: `${key}[${index}]`, issues: parsed.error.issues, value: show(value) });
  });
  return kept;
}

/** Keeps the valid fields of an object whose fields stand alone (journal, sites). */
function parseFields<T extends object>(
  key: string,
  raw: unknown,
  fields: Record<string, z.ZodType>,
  errors: PolicyProblem[],
  setPaths: string[],
): Partial<T> | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    errors.push({ kind: 'expectedObject', key, value: show(raw) });
    return undefined;
  }
  const kept: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(raw)) {
    const schema = fields[field];
    if (!schema) continue; // unknown fields are ignored, as unknown keys are
    const parsed = check(schema, value);
    if (parsed.success) {
      kept[field] = parsed.data;
      setPaths.push(`${key}.${field}`);
    } else {
      errors.push({ kind: 'invalidValue', key: `${key}.${field}`, issues: parsed.error.issues, value: show(value) });
    }
  }
  return kept as Partial<T>;
}

const PLATFORM_FIELDS = Object.fromEntries(PLATFORMS.map((platform) => [platform, z.boolean()]));

/**
 * Parses a settings object (managed policy or stored preferences) key by key.
 * Unknown keys are ignored; each invalid value is dropped with a message. The rule pack is
 * checked by the engine's own parser, the same one the options page uses.
 */
export function parsePolicy(raw: unknown): ParsedPolicy {
  const values: Partial<PolicyValues> = {};
  const setPaths: string[] = [];
  const errors: PolicyProblem[] = [];
  if (raw === undefined || raw === null) return { values, setPaths, errors };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { values, setPaths, errors: [{ kind: 'notAnObject', value: show(raw) }] };
  }
  const input = raw as Record<string, unknown>;

  const whole = <K extends PolicyKey>(key: K, schema: z.ZodType<PolicyValues[K]>) => {
    if (!(key in input)) return;
    const parsed = check(schema, input[key]);
    if (parsed.success) {
      values[key] = parsed.data;
      setPaths.push(key);
    } else {
      errors.push({ kind: 'invalidValue', key, issues: parsed.error.issues, value: show(input[key]) });
    }
  };
  const items = <K extends 'contacts' | 'disabledPrinciples'>(key: K, item: z.ZodType<PolicyValues[K][number]>) => {
    if (!(key in input)) return;
    const kept = parseItems(key, input[key], item, errors);
    if (kept) {
      values[key] = kept as PolicyValues[K];
      setPaths.push(key);
    }
  };

  whole('organization', organizationSchema);
  whole('mode', modeSchema);
  items('contacts', contactSchema);
  items('disabledPrinciples', principleSchema);
  whole('uiLanguage', languageSchema);
  whole('allowPause', z.boolean());
  if ('journal' in input) {
    const journal = parseFields<JournalSettings>('journal', input.journal, journalFieldSchemas, errors, setPaths);
    if (journal) values.journal = journal;
  }
  if ('sites' in input) {
    const sites = parseFields<Record<Platform, boolean>>('sites', input.sites, PLATFORM_FIELDS, errors, setPaths);
    if (sites) values.sites = sites;
  }
  if ('rulePack' in input) {
    const parsed = parseRulePack(input.rulePack);
    if (parsed.ok) {
      values.rulePack = parsed.pack;
      setPaths.push('rulePack');
    } else {
      errors.push({ kind: 'invalidRulePack', errors: parsed.errors, pack: input.rulePack });
    }
  }
  return { values, setPaths, errors };
}
