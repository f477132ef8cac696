// From a content script (a page's origin, here happy-dom's), journal entries go to the background
// by runtime messaging, already stripped of what the person did not opt in to keep.
import { beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { recordJournal, type JournalEntry } from '@/utils/journal';
import { JOURNAL_MESSAGE } from '@/utils/messages';
import { journalMessageSchema } from '@/utils/message-schemas';
import { updatePreferences } from '@/utils/settings';

const entry: JournalEntry = {
  time: 1_700_000_000_000,
  site: 'facebook',
  kind: 'reply',
  verdict: 'caution',
  rules: ['heated-reply.anger'],
  action: 'edited',
  text: 'You are all idiots',
};

let received: unknown[];
beforeEach(() => {
  fakeBrowser.reset();
  received = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    received.push(message);
    return true;
  });
});

it('sends the entry to the background without the post text by default', async () => {
  expect(location.origin).not.toBe(new URL(fakeBrowser.runtime.getURL('/')).origin);
  await recordJournal(entry);
  expect(received).toHaveLength(1);
  const message = journalMessageSchema.parse(received[0]);
  expect(message.type).toBe(JOURNAL_MESSAGE);
  const { text: _dropped, ...withoutText } = entry;
  expect(message.entry).toEqual(withoutText);
});

it('includes the text when the person opted in, and sends nothing when the journal is off', async () => {
  await updatePreferences({ journal: { keepText: true } });
  await recordJournal(entry);
  expect(journalMessageSchema.parse(received[0]).entry.text).toBe('You are all idiots');
  await updatePreferences({ journal: { enabled: false } });
  await recordJournal(entry);
  expect(received).toHaveLength(1);
});
