// The options page, the popup and the dialog in French and Spanish show no key name, no
// unfilled placeholder and no English sentence of the UI: every string goes through _locales.
// Each page is brought into its states with the most strings (organisation errors, a refused
// rule pack, a refused contact, journal rows, the flowchart's two views, the contacts).
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing';
import { OptionsApp } from '@/components/options/OptionsApp';
import { PopupApp } from '@/components/popup/PopupApp';
import { PreSubmitDialog } from '@/components/PreSubmitDialog';
import { useSettings } from '@/components/useSettings';
import type { Language } from '@/rules/types';
import { MESSAGES, t } from '@/utils/i18n';
import { clearJournal, writeJournal } from '@/utils/journal';
import { addAllowEntry, updatePreferences } from '@/utils/settings';
import { analysed, CONTACTS, settingsWith } from './fixtures';

const SHOWN_ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-roledescription'];

/** What the attributes that name or describe say. */
function attributeTexts(root: HTMLElement): string[] {
  return [...root.querySelectorAll('*')].flatMap((element) =>
    SHOWN_ATTRIBUTES.map((name) => element.getAttribute(name)).filter((value): value is string => !!value),
  );
}

/** Everything a person can read or hear: text, and the attributes that name or describe. */
function readable(root: HTMLElement): string {
  return [root.textContent ?? '', ...attributeTexts(root)].join('\n');
}

/** Each element's own text and each naming attribute: where a one-word string ("Back") shows whole. */
function shownPieces(root: HTMLElement): string[] {
  const leaves = [...root.querySelectorAll('*')].filter((element) => element.children.length === 0);
  return [...leaves.map((element) => element.textContent?.trim() ?? ''), ...attributeTexts(root)].filter(Boolean);
}

/**
 * The English wording of each string that is translated differently: its fixed parts (between
 * placeholders) long enough to be a phrase, unless the translation uses them too (the product name).
 */
function englishPhrases(lang: Language): string[] {
  const translated = Object.values(MESSAGES[lang]).map((entry) => entry.message);
  return untranslatedEnglish(lang)
    .flatMap((message) => message.split(/\$[A-Za-z0-9_@]+\$/))
    .map((part) => part.trim())
    .filter((part) => part.length >= 12 && !translated.some((message) => message.includes(part)));
}

/** English messages whose translation differs, and that no message of `lang` says as such. */
function untranslatedEnglish(lang: Language): string[] {
  const translated = new Set(Object.values(MESSAGES[lang]).map((entry) => entry.message));
  return Object.entries(MESSAGES.en)
    .filter(([key, entry]) => MESSAGES[lang][key]?.message !== entry.message && !translated.has(entry.message))
    .map(([, entry]) => entry.message);
}

function expectOnlyTranslatedStrings(root: HTMLElement, lang: Language) {
  const text = readable(root);
  expect(text.length).toBeGreaterThan(200);
  for (const key of Object.keys(MESSAGES.en)) expect(text, `key ${key}`).not.toMatch(new RegExp(`\\b${key}\\b`));
  expect(text).not.toMatch(/\$[A-Za-z0-9_@]+\$/);
  for (const phrase of englishPhrases(lang)) expect(text, `English: ${phrase}`).not.toContain(phrase);
  const english = new Set(untranslatedEnglish(lang));
  expect(shownPieces(root).filter((piece) => english.has(piece)), 'English strings shown whole').toEqual([]);
  expect(text, 'zod in English').not.toMatch(/\bInvalid (input|option)\b/);
}

function LiveOptions() {
  const settings = useSettings();
  return settings ? <OptionsApp settings={settings} /> : null;
}

beforeEach(async () => {
  fakeBrowser.reset();
  await clearJournal();
});
afterEach(cleanup);

describe.each<Language>(['fr', 'es'])('UI in %s', (lang) => {
  it('finds English phrases to look for', () => {
    expect(englishPhrases(lang)).toContain('Set by your organisation');
  });

  it('options page: sections, organisation errors, refused pack and contact, journal, allow-list', async () => {
    await updatePreferences({ uiLanguage: lang });
    await fakeBrowser.storage.managed.set({
      mode: 'strict',
      journal: { retentionDays: 'forever' },
      sites: { x: false },
      rulePack: { id: 'org', rules: [{ id: 'org.r1', principle: 'gossip', severity: 'stop', when: [{ any: ['x'] }] }] },
    });
    await addAllowEntry({ rule: 'privacy.name', phrase: 'Maria' });
    await writeJournal({ time: Date.now(), site: 'linkedin', kind: 'comment', verdict: 'stop', rules: ['harassment.insult'], action: 'posted-anyway', justification: 'Quoting a troll', text: 'a post' });
    render(<LiveOptions />);
    await screen.findByRole('heading', { level: 1, name: t('optionsTitle', lang) });
    await screen.findByText('harassment.insult');
    const user = userEvent.setup();

    await user.type(screen.getByLabelText(t('contactNameLabel', lang)), 'Ethics');
    await user.type(screen.getByLabelText(t('contactEmailLabel', lang)), 'not-an-email');
    await user.click(screen.getByRole('button', { name: t('contactAdd', lang) }));
    await screen.findByRole('alert');

    await user.click(screen.getByLabelText(t('rulePackPaste', lang)));
    await user.paste(JSON.stringify({ id: 'org', rules: [{ id: 'org.r2', principle: 'gossip' }] }));
    await user.click(screen.getByRole('button', { name: t('rulePackImport', lang) }));
    await screen.findByText(t('rulePackRejected', lang));

    expectOnlyTranslatedStrings(document.body, lang);
  });

  it('popup: tab status, pause not allowed, the flowchart step by step and as a diagram', async () => {
    const settings = settingsWith({ allowPause: false }, lang);
    render(
      <PopupApp
        settings={settings}
        tab={{ kind: 'active', status: { platform: 'x', watching: 2, siteEnabled: true, pausedUntil: 0 } }}
        onPause={vi.fn()}
        onResume={vi.fn()}
        onOpenOptions={vi.fn()}
      />,
    );
    const user = userEvent.setup();
    await user.click(screen.getAllByRole('button')[0].closest('main')!.querySelector('.answers button')!);
    expectOnlyTranslatedStrings(document.body, lang);
    await user.click(screen.getByRole('button', { name: t('flowchartDiagram', lang) }));
    expect(screen.getByRole('img')).toBeTruthy();
    expectOnlyTranslatedStrings(document.body, lang);
  });

  it('dialog: findings, sources, justify mode, contacts', async () => {
    const { analysis, walk } = analysed();
    render(
      <PreSubmitDialog
        analysis={analysis}
        walk={walk}
        text="The internal memo says the budget will be cut before it is announced, don't share"
        settings={settingsWith({ mode: 'justify', contacts: CONTACTS }, lang)}
        onEdit={vi.fn()}
        onPostAnyway={vi.fn()}
        onAskAdvice={vi.fn()}
        onMarkWrong={vi.fn()}
      />,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: t('buttonAskAdvice', lang) }));
    await user.click(screen.getAllByRole('button', { name: t('markWrong', lang) })[0]);
    expectOnlyTranslatedStrings(document.body, lang);
  });
});
