// Effective settings = defaults, overridden by the person's own preferences (storage.local),
// overridden by the organisation's policy (storage.managed). The last policy read is cached
// in storage.local: Chromium's first managed read after start-up can take seconds, and
// start-up must neither wait for it nor run unmanaged meanwhile.
import { storage } from 'wxt/utils/storage';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { PLATFORMS } from '@/rules/types';
import type { AllowEntry, Language, Organization, Platform, Principle, RulePack } from '@/rules/types';
import { allowEntrySchema, contactSchema, MODES, parsePolicy, type PolicyProblem, type PolicyValues } from './policy';
import { browserLanguage } from './language';

export type Mode = (typeof MODES)[number];
export type Contact = z.infer<typeof contactSchema>;
export interface JournalSettings {
  enabled: boolean;
  retentionDays: number;
  /** Keep the post's text too (the person's opt-in). */
  keepText: boolean;
}

export interface EffectiveSettings {
  mode: Mode;
  contacts: Contact[];
  organization?: Organization;
  disabledPrinciples: Principle[];
  rulePack?: RulePack;
  allowList: AllowEntry[];
  sites: Record<Platform, boolean>;
  uiLanguage: Language;
  /** epoch ms, 0 = not paused */
  pausedUntil: number;
  journal: JournalSettings;
  /** false when the organisation does not let people pause the extension. */
  allowPause: boolean;
  /** Paths set by the organisation: 'mode', 'contacts', 'journal.enabled', 'sites.x'… */
  lockedKeys: string[];
  /** Invalid managed values (each one was ignored), worded for people by utils/policy-messages.ts. */
  policyErrors: PolicyProblem[];
}

/** What the person chose; every field optional so that defaults can evolve. */
export interface Preferences extends Partial<Omit<PolicyValues, 'allowPause'>> {
  allowList?: AllowEntry[];
  pausedUntil?: number;
}

export const DEFAULT_JOURNAL: JournalSettings = { enabled: true, retentionDays: 90, keepText: false };
const ALL_SITES_ON = Object.fromEntries(PLATFORMS.map((platform) => [platform, true])) as Record<Platform, boolean>;
/** A first managed read with no cache waits this long before going on without policy. */
const FIRST_POLICY_READ_TIMEOUT_MS = 5000;

export const preferencesItem = storage.defineItem<Preferences>('local:preferences', { fallback: {}, version: 1 });
export const policyCacheItem = storage.defineItem<{ policy: unknown; readAt: number } | null>('local:policyCache', {
  fallback: null,
});

/** True when `path` (e.g. 'journal.enabled') is set by the organisation, itself or through its parent. */
export function isLocked(settings: Pick<EffectiveSettings, 'lockedKeys'>, path: string): boolean {
  const top = path.split('.')[0];
  return settings.lockedKeys.includes(path) || settings.lockedKeys.includes(top);
}

function parsePreferences(raw: unknown): Preferences {
  const { values } = parsePolicy(raw);
  const input = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const allowList = z.array(allowEntrySchema).safeParse(input.allowList);
  const pausedUntil = z.number().nonnegative().safeParse(input.pausedUntil);
  const { allowPause: _personCannotSetThis, ...shared } = values;
  return {
    ...shared,
    allowList: allowList.success ? allowList.data : undefined,
    pausedUntil: pausedUntil.success ? pausedUntil.data : undefined,
  };
}

/** Merges defaults, preferences and policy. Pure: tests and pages can call it directly. */
export function resolveSettings(preferencesRaw: unknown, policyRaw: unknown, language: Language): EffectiveSettings {
  const preferences = parsePreferences(preferencesRaw);
  const policy = parsePolicy(policyRaw);
  const managed = policy.values;
  const allowPause = managed.allowPause ?? true;
  const lockedKeys = [...policy.setPaths];
  if (!allowPause) lockedKeys.push('pausedUntil');
  return {
    mode: managed.mode ?? preferences.mode ?? 'advise',
    contacts: managed.contacts ?? preferences.contacts ?? [],
    organization: managed.organization ?? preferences.organization,
    disabledPrinciples: managed.disabledPrinciples ?? preferences.disabledPrinciples ?? [],
    rulePack: managed.rulePack ?? preferences.rulePack,
    allowList: preferences.allowList ?? [],
    sites: { ...ALL_SITES_ON, ...preferences.sites, ...managed.sites },
    uiLanguage: managed.uiLanguage ?? preferences.uiLanguage ?? language,
    pausedUntil: allowPause ? (preferences.pausedUntil ?? 0) : 0,
    journal: { ...DEFAULT_JOURNAL, ...preferences.journal, ...managed.journal },
    allowPause,
    lockedKeys,
    policyErrors: policy.errors,
  };
}

async function readManagedStorage(): Promise<unknown> {
  try {
    return (await browser.storage.managed.get()) ?? {};
  } catch {
    // Firefox rejects when no policy names this add-on; browsers without managed storage throw.
    return {};
  }
}

let policyRefresh: Promise<unknown> | undefined;
let refreshAgain = false;

/**
 * Reads managed storage and caches it when it changed (which notifies every watcher).
 * A request made while a read is in flight gets a fresh read after it: the policy may have
 * changed after that read began.
 */
export function refreshPolicy(): Promise<unknown> {
  if (policyRefresh) {
    refreshAgain = true;
    return policyRefresh;
  }
  policyRefresh = (async () => {
    let policy: unknown;
    do {
      refreshAgain = false;
      policy = await readManagedStorage();
      const cached = await policyCacheItem.getValue();
      if (JSON.stringify(cached?.policy) !== JSON.stringify(policy)) {
        await policyCacheItem.setValue({ policy, readAt: Date.now() });
      }
    } while (refreshAgain);
    return policy;
  })().finally(() => {
    policyRefresh = undefined;
  });
  return policyRefresh;
}

function withTimeout<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  return Promise.race([promise, new Promise<T>((resolve) => setTimeout(() => resolve(fallback), ms))]);
}

async function readSettings(): Promise<EffectiveSettings> {
  const [preferences, cache] = await Promise.all([preferencesItem.getValue(), policyCacheItem.getValue()]);
  const policy = cache
    ? cache.policy
    : await withTimeout(refreshPolicy(), FIRST_POLICY_READ_TIMEOUT_MS, {});
  return resolveSettings(preferences, policy, browserLanguage());
}

export async function loadSettings(): Promise<EffectiveSettings> {
  const settings = await readSettings();
  void refreshPolicy(); // keeps the cache fresh; a change reaches watchers
  return settings;
}

/**
 * Calls `cb` with fresh settings whenever preferences or policy change, and once more when a
 * pause ends. Stops when `signal` aborts.
 */
export function watchSettings(cb: (settings: EffectiveSettings) => void, signal?: AbortSignal): void {
  let pauseTimer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  const emit = async () => {
    const call = ++latest;
    const settings = await readSettings();
    // Reads can finish out of order; only the newest one speaks.
    if (signal?.aborted || call !== latest) return;
    clearTimeout(pauseTimer);
    if (settings.pausedUntil > Date.now()) {
      pauseTimer = setTimeout(() => void emit(), settings.pausedUntil - Date.now() + 10);
    }
    cb(settings);
  };
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed') void refreshPolicy();
    else if (area === 'local' && ('preferences' in changes || 'policyCache' in changes)) void emit();
  };
  browser.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => {
    browser.storage.onChanged.removeListener(listener);
    clearTimeout(pauseTimer);
  });
}

export async function updatePreferences(patch: Partial<Preferences>): Promise<void> {
  const current = await preferencesItem.getValue();
  await preferencesItem.setValue({ ...current, ...patch });
}

function sameEntry(a: AllowEntry, b: AllowEntry): boolean {
  return a.rule === b.rule && a.phrase.toLowerCase() === b.phrase.toLowerCase();
}

/** "This is wrong": the rule stops firing on this phrase. Safe to call from a content script. */
export async function addAllowEntry(entry: AllowEntry): Promise<void> {
  const allowList = parsePreferences(await preferencesItem.getValue()).allowList ?? [];
  if (allowList.some((existing) => sameEntry(existing, entry))) return;
  await updatePreferences({ allowList: [...allowList, { rule: entry.rule, phrase: entry.phrase }] });
}

export async function removeAllowEntry(entry: AllowEntry): Promise<void> {
  const allowList = parsePreferences(await preferencesItem.getValue()).allowList ?? [];
  await updatePreferences({ allowList: allowList.filter((existing) => !sameEntry(existing, entry)) });
}

export const PAUSE_DURATION_MS = 60 * 60 * 1000;

/** Pauses every tab for an hour; refused when the organisation does not allow it. */
export async function pauseForAnHour(now = Date.now()): Promise<boolean> {
  if (!(await loadSettings()).allowPause) return false;
  await updatePreferences({ pausedUntil: now + PAUSE_DURATION_MS });
  return true;
}

export async function resume(): Promise<void> {
  await updatePreferences({ pausedUntil: 0 });
}

export function isPaused(settings: Pick<EffectiveSettings, 'pausedUntil'>, now = Date.now()): boolean {
  return settings.pausedUntil > now;
}
