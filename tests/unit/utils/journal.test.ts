import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  clearJournal,
  journalToCsv,
  journalToJson,
  listJournal,
  purgeJournal,
  recordJournal,
  type JournalEntry,
} from '@/utils/journal';
import { updatePreferences } from '@/utils/settings';

const DAY_MS = 24 * 60 * 60 * 1000;

function entry(overrides: Partial<JournalEntry> = {}): JournalEntry {
  return {
    time: Date.now(),
    site: 'x',
    kind: 'post',
    verdict: 'stop',
    rules: ['confidentiality.internal-memo'],
    action: 'posted-anyway',
    justification: 'Cleared with communications',
    text: 'The internal memo says we close the office',
    ...overrides,
  };
}

beforeEach(async () => {
  fakeBrowser.reset();
  await clearJournal();
});

describe('journal', () => {
  it('keeps no post text unless the person opted in', async () => {
    await recordJournal(entry());
    await updatePreferences({ journal: { keepText: true } });
    await recordJournal(entry({ action: 'edited', justification: undefined }));
    const [withText, withoutText] = await listJournal();
    expect(withoutText.text).toBeUndefined();
    expect(withoutText.justification).toBe('Cleared with communications');
    expect(withText.text).toBe('The internal memo says we close the office');
  });

  it('records nothing when the journal is off (for example by policy)', async () => {
    await fakeBrowser.storage.managed.set({ journal: { enabled: false } });
    await recordJournal(entry());
    expect(await listJournal()).toEqual([]);
  });

  it('purges entries older than the retention period', async () => {
    const now = Date.now();
    await updatePreferences({ journal: { retentionDays: 7 } });
    await recordJournal(entry({ time: now - 10 * DAY_MS }));
    await recordJournal(entry({ time: now - 1 * DAY_MS }));
    const kept = await listJournal();
    expect(kept).toHaveLength(1);
    expect(kept[0].time).toBe(now - DAY_MS);
    expect(await purgeJournal(0.5, now)).toBe(1);
  });

  it('lists newest first and clears', async () => {
    await recordJournal(entry({ time: Date.now() - 1_000, action: 'edited' }));
    await recordJournal(entry({ time: Date.now(), action: 'cancelled' }));
    expect((await listJournal()).map((stored) => stored.action)).toEqual(['cancelled', 'edited']);
    await clearJournal();
    expect(await listJournal()).toEqual([]);
  });
});

describe('journal export', () => {
  const entries = [
    entry({ time: Date.UTC(2026, 0, 2, 3, 4, 5), rules: ['a.one', 'b.two'], justification: 'said "yes", ok', text: undefined }),
    entry({ time: Date.UTC(2026, 0, 3), justification: '=HYPERLINK("http://evil")', text: undefined }),
  ];

  it('exports JSON with ISO times', () => {
    const parsed = JSON.parse(journalToJson(entries));
    expect(parsed[0]).toMatchObject({ time: '2026-01-02T03:04:05.000Z', rules: ['a.one', 'b.two'] });
  });

  it('exports CSV with a header, quoted cells, and no live formulas', () => {
    const lines = journalToCsv(entries).trimEnd().split('\r\n');
    expect(lines[0]).toBe('time,site,kind,verdict,rules,action,justification,text');
    expect(lines[1]).toBe(
      '"2026-01-02T03:04:05.000Z","x","post","stop","a.one b.two","posted-anyway","said ""yes"", ok",""',
    );
    expect(lines[2]).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });
});
