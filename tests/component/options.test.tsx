import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing';
import { PRINCIPLE_LABELS } from '@/rules';
import { OptionsApp } from '@/components/options/OptionsApp';
import { useSettings } from '@/components/useSettings';
import { clearJournal, writeJournal } from '@/utils/journal';
import { addAllowEntry, loadSettings, updatePreferences } from '@/utils/settings';
import { expectNoSeriousViolations } from './axe';

function LiveOptions() {
  const settings = useSettings();
  return settings ? <OptionsApp settings={settings} /> : null;
}

async function renderOptions(policy?: Record<string, unknown>) {
  if (policy) await fakeBrowser.storage.managed.set(policy);
  render(<LiveOptions />);
  await screen.findByRole('heading', { level: 1 });
  return userEvent.setup();
}

const group = (name: string | RegExp) => within(screen.getByRole('group', { name }));

const validRule = {
  id: 'org.code-names',
  principle: 'confidentiality',
  severity: 'stop',
  when: [{ any: ['project nightingale'] }],
  message: { en: 'Not public yet.', fr: 'Pas encore public.', es: 'Aún no es público.' },
  citations: [{ source: 'unops-oi-2019-02', section: '§3.4 f', quote: 'ne publiez aucune information', en: 'do not post', es: 'no publique' }],
};

beforeEach(async () => {
  fakeBrowser.reset();
  await clearJournal();
});
afterEach(cleanup);

describe('options page', () => {
  it('shows the organisation’s values as locked, and its invalid values with the reason', async () => {
    await renderOptions({ mode: 'block', contacts: [{ role: 'ethics', name: 'Ethics Office', email: 'ethics@example.org' }], journal: { retentionDays: 'forever' } });
    const mode = group(/When a post may break a rule/);
    expect(mode.getByText('Set by your organisation')).toBeTruthy();
    expect((mode.getByRole('radio', { name: /^Block/ }) as HTMLInputElement).checked).toBe(true);
    for (const radio of mode.getAllByRole('radio')) expect((radio as HTMLInputElement).disabled).toBe(true);
    const contacts = group(/Contacts for advice/);
    expect(contacts.getByText('Set by your organisation')).toBeTruthy();
    expect(contacts.queryByRole('button', { name: /Add this contact/ })).toBeNull();
    expect(screen.getByText(/settings were ignored/)).toBeTruthy();
    expect(screen.getByText(/“journal.retentionDays” was ignored/)).toBeTruthy();
    expect((screen.getByRole('spinbutton', { name: /Keep entries for/ }) as HTMLInputElement).disabled).toBe(false);
  });

  it('applies a policy change live', async () => {
    await renderOptions();
    expect((screen.getByRole('radio', { name: /^Advise/ }) as HTMLInputElement).disabled).toBe(false);
    await fakeBrowser.storage.managed.set({ mode: 'confirm' });
    await waitFor(() => expect((screen.getByRole('radio', { name: /^Confirm/ }) as HTMLInputElement).checked).toBe(true));
    expect((screen.getByRole('radio', { name: /^Advise/ }) as HTMLInputElement).disabled).toBe(true);
  });

  it('turns principles and sites off, and changes the UI language', async () => {
    const user = await renderOptions();
    await user.click(screen.getByRole('checkbox', { name: PRINCIPLE_LABELS.anonymity.en }));
    await user.click(screen.getByRole('checkbox', { name: 'Instagram' }));
    await waitFor(async () => {
      const settings = await loadSettings();
      expect(settings.disabledPrinciples).toEqual(['anonymity']);
      expect(settings.sites.instagram).toBe(false);
    });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language of the extension' }), 'es');
    expect(await screen.findByRole('heading', { name: 'Piensa antes de publicar: configuración' })).toBeTruthy();
  });

  it('adds a contact after checking it, and removes it', async () => {
    const user = await renderOptions();
    const contacts = group(/Contacts for advice/);
    await user.type(contacts.getByRole('textbox', { name: 'Name' }), 'Ethics Office');
    await user.type(contacts.getByRole('textbox', { name: 'E-mail' }), 'not an address');
    await user.click(contacts.getByRole('button', { name: 'Add this contact' }));
    expect(contacts.getByRole('alert').textContent).toMatch(/email/);
    await user.clear(contacts.getByRole('textbox', { name: 'E-mail' }));
    await user.type(contacts.getByRole('textbox', { name: 'E-mail' }), 'ethics@example.org');
    await user.click(contacts.getByRole('button', { name: 'Add this contact' }));
    const link = await contacts.findByRole('link', { name: 'ethics@example.org' });
    expect(link.getAttribute('href')).toMatch(/^mailto:ethics@example\.org/);
    await user.click(contacts.getByRole('button', { name: 'Remove Ethics Office' }));
    await waitFor(() => expect(contacts.queryByRole('link', { name: 'ethics@example.org' })).toBeNull());
  });

  it('refuses a bad rule pack with one message per rule and field, and imports a good one', async () => {
    const user = await renderOptions();
    const pack = group(/Organisation rule pack/);
    const paste = pack.getByRole('textbox', { name: 'Or paste the JSON here' });
    await user.click(paste);
    await user.paste('{ not json');
    await user.click(pack.getByRole('button', { name: 'Import the pasted rules' }));
    expect(pack.getByText(/This is not valid JSON/)).toBeTruthy();

    await user.clear(paste);
    await user.click(paste);
    await user.paste(JSON.stringify({ id: 'org', rules: [{ ...validRule, severity: 'loud', principle: 'gossip' }] }));
    await user.click(pack.getByRole('button', { name: 'Import the pasted rules' }));
    expect(pack.getByText(/was not imported/)).toBeTruthy();
    expect(pack.getByText(/^Rule “org\.code-names”, field rules\[0\]\.severity:/)).toBeTruthy();
    expect(pack.getByText(/^Rule “org\.code-names”, field rules\[0\]\.principle:/)).toBeTruthy();
    expect((await loadSettings()).rulePack).toBeUndefined();

    await user.clear(paste);
    await user.click(paste);
    await user.paste(JSON.stringify({ id: 'org', rules: [validRule] }));
    await user.click(pack.getByRole('button', { name: 'Import the pasted rules' }));
    expect(await pack.findByText('Rule pack imported.')).toBeTruthy();
    expect((await loadSettings()).rulePack?.rules?.[0].id).toBe('org.code-names');
    expect(await pack.findByText(/A rule pack is active: org \(1\)/)).toBeTruthy();
  });

  it('imports a rule pack from a file', async () => {
    const user = await renderOptions();
    const file = new File([JSON.stringify({ id: 'from-file', rules: [validRule] })], 'pack.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Import from a file'), file);
    await waitFor(async () => expect((await loadSettings()).rulePack?.id).toBe('from-file'));
  });

  it('lists the journal, and clears it', async () => {
    await writeJournal({ time: Date.now(), site: 'linkedin', kind: 'comment', verdict: 'stop', rules: ['harassment.insult'], action: 'posted-anyway', justification: 'Quoting a troll' });
    const user = await renderOptions();
    const journal = group(/Journal/);
    const row = (await journal.findByText('harassment.insult')).closest('tr')!;
    expect(row.textContent).toContain('LinkedIn');
    expect(row.textContent).toContain('Posted anyway');
    expect(row.textContent).toContain('Quoting a troll');
    await user.click(journal.getByRole('button', { name: 'Clear the journal' }));
    expect(await journal.findByText('The journal is empty.')).toBeTruthy();
  });

  it('keeps the journal settings: retention and the opt-in for post text', async () => {
    const user = await renderOptions();
    await user.click(screen.getByRole('checkbox', { name: 'Also keep the text of my posts' }));
    const retention = screen.getByRole('spinbutton', { name: /Keep entries for/ });
    await user.clear(retention);
    await user.type(retention, '30');
    await user.tab();
    await waitFor(async () => expect((await loadSettings()).journal).toEqual({ enabled: true, retentionDays: 30, keepText: true }));
  });

  it('lists findings marked "this is wrong", each removable', async () => {
    await addAllowEntry({ rule: 'privacy.name', phrase: 'Maria' });
    const user = await renderOptions();
    const allowList = group(/this is wrong/);
    expect(allowList.getByText('privacy.name')).toBeTruthy();
    await user.click(allowList.getByRole('button', { name: 'Remove “Maria”' }));
    expect(await allowList.findByText('None.')).toBeTruthy();
    expect((await loadSettings()).allowList).toEqual([]);
  });

  it('has no serious or critical accessibility violation (axe-core), locked or not', async () => {
    await updatePreferences({ contacts: [{ role: 'ethics', name: 'Ethics Office', email: 'ethics@example.org' }] });
    await addAllowEntry({ rule: 'privacy.name', phrase: 'Maria' });
    await renderOptions({ mode: 'justify', sites: { x: false }, journal: { enabled: true }, disabledPrinciples: [], mood: 'x' });
    await expectNoSeriousViolations(document.body);
  });
});
