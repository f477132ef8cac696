// The journal: what the dialog showed and what the person did, in the extension's own
// IndexedDB (never the site's). Content scripts hand entries to the background by runtime
// messaging; extension pages and the background write directly.
import Dexie, { type EntityTable } from 'dexie';
import { browser } from 'wxt/browser';
import type { Platform, PostKind, Verdict } from '@/rules/types';
import { loadSettings, type JournalSettings } from './settings';
import { JOURNAL_ACTIONS, JOURNAL_MESSAGE, type JournalMessage } from './messages';

export type JournalAction = (typeof JOURNAL_ACTIONS)[number];

export interface JournalEntry {
  time: number;
  site: Platform;
  kind: PostKind;
  verdict: Verdict;
  rules: string[];
  action: JournalAction;
  justification?: string;
  /** Only when the person opted in (journal.keepText). */
  text?: string;
}
export type StoredJournalEntry = JournalEntry & { id: number };

const DAY_MS = 24 * 60 * 60 * 1000;

class JournalDatabase extends Dexie {
  entries!: EntityTable<StoredJournalEntry, 'id'>;
  constructor() {
    super('think-before-you-post-journal');
    this.version(1).stores({ entries: '++id, time' });
  }
}

let database: JournalDatabase | undefined;
function db(): JournalDatabase {
  database ??= new JournalDatabase();
  return database;
}

/** Extension pages and the background own the extension's IndexedDB; content scripts do not. */
function inExtensionOrigin(): boolean {
  const origin = globalThis.location?.origin;
  if (!origin) return true;
  try {
    return origin === new URL(browser.runtime.getURL('/')).origin;
  } catch {
    return false;
  }
}

/** Drops what the person did not opt in to keep, and anything that is not part of an entry. */
function sanitize(entry: JournalEntry, journal: JournalSettings): JournalEntry {
  const clean: JournalEntry = {
    time: entry.time,
    site: entry.site,
    kind: entry.kind,
    verdict: entry.verdict,
    rules: [...entry.rules],
    action: entry.action,
  };
  if (entry.justification) clean.justification = entry.justification;
  if (journal.keepText && entry.text) clean.text = entry.text;
  return clean;
}

export async function purgeJournal(retentionDays: number, now = Date.now()): Promise<number> {
  return db().entries.where('time').below(now - retentionDays * DAY_MS).delete();
}

/** Writes an entry in this context's IndexedDB (background or extension page). */
export async function writeJournal(entry: JournalEntry): Promise<void> {
  const { journal } = await loadSettings();
  if (!journal.enabled) return;
  await db().entries.add(sanitize(entry, journal) as StoredJournalEntry);
  await purgeJournal(journal.retentionDays);
}

/** Safe to call from a content script: there it goes through the background. */
export async function recordJournal(entry: JournalEntry): Promise<void> {
  if (inExtensionOrigin()) return writeJournal(entry);
  const { journal } = await loadSettings();
  if (!journal.enabled) return;
  const message: JournalMessage = { type: JOURNAL_MESSAGE, entry: sanitize(entry, journal) };
  await browser.runtime.sendMessage(message);
}

/** Newest first. */
export async function listJournal(): Promise<StoredJournalEntry[]> {
  return db().entries.orderBy('time').reverse().toArray();
}

export async function clearJournal(): Promise<void> {
  await db().entries.clear();
}

export function journalToJson(entries: JournalEntry[]): string {
  return JSON.stringify(
    entries.map((entry) => ({ ...entry, time: new Date(entry.time).toISOString() })),
    null,
    2,
  );
}

const CSV_COLUMNS = ['time', 'site', 'kind', 'verdict', 'rules', 'action', 'justification', 'text'] as const;

function csvCell(value: string): string {
  // Quotes always; a leading =+-@ is neutralised so spreadsheets do not run it as a formula.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function journalToCsv(entries: JournalEntry[]): string {
  const rows = entries.map((entry) =>
    CSV_COLUMNS.map((column) => {
      if (column === 'time') return csvCell(new Date(entry.time).toISOString());
      if (column === 'rules') return csvCell(entry.rules.join(' '));
      return csvCell(entry[column] ?? '');
    }).join(','),
  );
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
