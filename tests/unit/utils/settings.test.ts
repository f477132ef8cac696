import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  addAllowEntry,
  isLocked,
  loadSettings,
  pauseForAnHour,
  PAUSE_DURATION_MS,
  policyCacheItem,
  removeAllowEntry,
  resolveSettings,
  updatePreferences,
  watchSettings,
  type EffectiveSettings,
} from '@/utils/settings';
import { describePolicyProblem } from '@/utils/policy-messages';

function nextSettings(predicate: (settings: EffectiveSettings) => boolean): Promise<EffectiveSettings> {
  const controller = new AbortController();
  return new Promise((resolve) =>
    watchSettings((settings) => {
      if (!predicate(settings)) return;
      controller.abort();
      resolve(settings);
    }, controller.signal),
  );
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('resolveSettings', () => {
  it('gives defaults when nothing is set', () => {
    const settings = resolveSettings({}, {}, 'fr');
    expect(settings.mode).toBe('advise');
    expect(settings.uiLanguage).toBe('fr');
    expect(settings.sites).toEqual({ x: true, facebook: true, instagram: true, linkedin: true });
    expect(settings.journal).toEqual({ enabled: true, retentionDays: 90, keepText: false });
    expect(settings.lockedKeys).toEqual([]);
    expect(settings.policyErrors).toEqual([]);
    expect(settings.pausedUntil).toBe(0);
  });

  it('lets managed values win over the person and lists them as locked', () => {
    const settings = resolveSettings(
      { mode: 'advise', contacts: [{ role: 'ethics', name: 'Mine' }], sites: { x: false, facebook: false } },
      {
        mode: 'justify',
        contacts: [{ role: 'ethics', name: 'Ethics Office', email: 'ethics@example.org' }],
        sites: { facebook: true },
        journal: { enabled: true, retentionDays: 30 },
      },
      'en',
    );
    expect(settings.mode).toBe('justify');
    expect(settings.contacts).toEqual([{ role: 'ethics', name: 'Ethics Office', email: 'ethics@example.org' }]);
    expect(settings.sites).toEqual({ x: false, facebook: true, instagram: true, linkedin: true });
    expect(settings.journal.retentionDays).toBe(30);
    expect(settings.lockedKeys).toEqual(
      expect.arrayContaining(['mode', 'contacts', 'sites.facebook', 'journal.enabled', 'journal.retentionDays']),
    );
    expect(isLocked(settings, 'sites.facebook')).toBe(true);
    expect(isLocked(settings, 'sites.x')).toBe(false);
    expect(isLocked(settings, 'journal.keepText')).toBe(false);
  });

  it('drops each invalid managed value with a message naming it, and applies the rest', () => {
    const settings = resolveSettings(
      {},
      {
        mode: 'strict',
        organization: { name: 'UNOPS', aliases: ['United Nations Office for Project Services'] },
        contacts: [{ role: 'ethics', name: 'Ethics', email: 'not-an-email' }, { role: 'comms', name: 'Comms' }],
        disabledPrinciples: ['minors', 'no-such-principle'],
        journal: { enabled: 'yes', retentionDays: 30 },
        somethingNew: 42,
      },
      'en',
    );
    expect(settings.mode).toBe('advise');
    expect(settings.organization?.name).toBe('UNOPS');
    expect(settings.contacts).toEqual([{ role: 'comms', name: 'Comms' }]);
    expect(settings.disabledPrinciples).toEqual(['minors']);
    expect(settings.journal).toMatchObject({ enabled: true, retentionDays: 30 });
    expect(settings.policyErrors).toHaveLength(4);
    const messages = settings.policyErrors.map((problem) => describePolicyProblem(problem, 'en')).join('\n');
    expect(messages).toMatch(/“mode”.*strict/);
    expect(messages).toMatch(/“contacts\[0\]”/);
    expect(messages).toMatch(/“disabledPrinciples\[1\]”.*no-such-principle/);
    expect(messages).toMatch(/“journal.enabled”/);
    expect(messages).not.toMatch(/somethingNew/);
    expect(settings.lockedKeys).not.toContain('mode');
  });

  it('applies a valid organisation rule pack and refuses a bad one, naming the rule and field', () => {
    const rule = {
      id: 'org.code-names',
      principle: 'confidentiality',
      severity: 'stop',
      when: [{ any: ['project nightingale'] }],
      message: { en: 'Not public yet.', fr: 'Pas encore public.', es: 'Aún no es público.' },
      citations: [{ source: 'unops-oi-2019-02', section: '§3.4 f', quote: 'ne publiez aucune information', en: 'do not post', es: 'no publique' }],
    };
    const good = resolveSettings({}, { rulePack: { id: 'org', rules: [rule] }, mode: 'confirm' }, 'en');
    expect(good.rulePack?.rules?.map((r) => r.id)).toEqual(['org.code-names']);
    expect(good.policyErrors).toEqual([]);

    const bad = resolveSettings({}, { rulePack: { id: 'org', rules: [{ ...rule, principle: 'gossip' }] }, mode: 'confirm' }, 'en');
    expect(bad.rulePack).toBeUndefined();
    expect(bad.mode).toBe('confirm');
    expect(bad.policyErrors).toHaveLength(1);
    expect(bad.policyErrors[0]).toMatchObject({ kind: 'invalidRulePack', errors: [{ ruleId: 'org.code-names' }] });
    expect(describePolicyProblem(bad.policyErrors[0], 'en')).toMatch(/“rulePack”.*org\.code-names.*principle/);
  });

  it('refuses contact links that are not web addresses', () => {
    const settings = resolveSettings({}, { contacts: [{ role: 'x', name: 'Evil', url: 'javascript:alert(1)' }] }, 'en');
    expect(settings.contacts).toEqual([]);
    expect(settings.policyErrors[0]).toMatchObject({ kind: 'invalidValue', key: 'contacts[0]' });
  });

  it('ignores a pause when the organisation does not allow it', () => {
    const settings = resolveSettings({ pausedUntil: Date.now() + 1000 }, { allowPause: false }, 'en');
    expect(settings.pausedUntil).toBe(0);
    expect(isLocked(settings, 'pausedUntil')).toBe(true);
  });
});

describe('loadSettings and watchSettings', () => {
  it('reads managed storage, caches it, and reflects preferences', async () => {
    await fakeBrowser.storage.managed.set({ mode: 'confirm' });
    await updatePreferences({ uiLanguage: 'es' });
    const settings = await loadSettings();
    expect(settings.mode).toBe('confirm');
    expect(settings.uiLanguage).toBe('es');
    expect(settings.lockedKeys).toContain('mode');
    await expect(policyCacheItem.getValue()).resolves.toMatchObject({ policy: { mode: 'confirm' } });
  });

  it('starts from the cached policy without waiting for managed storage', async () => {
    await policyCacheItem.setValue({ policy: { mode: 'block' }, readAt: 1 });
    const realGet = fakeBrowser.storage.managed.get;
    let answer: (policy: Record<string, unknown>) => void = () => {};
    fakeBrowser.storage.managed.get = () => new Promise((resolve) => (answer = resolve));
    try {
      const settings = await loadSettings();
      expect(settings.mode).toBe('block');
      const updated = nextSettings((next) => next.mode === 'confirm');
      answer({ mode: 'confirm' }); // the slow read finally answers: the cache and watchers follow
      await expect(updated).resolves.toMatchObject({ mode: 'confirm' });
    } finally {
      fakeBrowser.storage.managed.get = realGet;
    }
  });

  it('applies a policy change live', async () => {
    await loadSettings();
    const changed = nextSettings((settings) => settings.mode === 'justify');
    await fakeBrowser.storage.managed.set({ mode: 'justify' });
    await expect(changed).resolves.toMatchObject({ mode: 'justify', lockedKeys: ['mode'] });
  });

  it('applies a preference change live', async () => {
    const changed = nextSettings((settings) => !settings.sites.linkedin);
    await updatePreferences({ sites: { linkedin: false } });
    await expect(changed).resolves.toMatchObject({ sites: { linkedin: false, x: true } });
  });

  it('keeps a deduplicated allow-list', async () => {
    await addAllowEntry({ rule: 'privacy.name', phrase: 'Maria' });
    await addAllowEntry({ rule: 'privacy.name', phrase: 'maria' });
    await addAllowEntry({ rule: 'safety.room', phrase: 'room 12' });
    expect((await loadSettings()).allowList).toEqual([
      { rule: 'privacy.name', phrase: 'Maria' },
      { rule: 'safety.room', phrase: 'room 12' },
    ]);
    await removeAllowEntry({ rule: 'privacy.name', phrase: 'Maria' });
    expect((await loadSettings()).allowList).toEqual([{ rule: 'safety.room', phrase: 'room 12' }]);
  });

  it('pauses for an hour unless the organisation forbids it', async () => {
    const now = Date.now();
    await expect(pauseForAnHour(now)).resolves.toBe(true);
    expect((await loadSettings()).pausedUntil).toBe(now + PAUSE_DURATION_MS);
    await fakeBrowser.storage.managed.set({ allowPause: false });
    await policyCacheItem.setValue(null);
    await expect(pauseForAnHour(now)).resolves.toBe(false);
    expect((await loadSettings()).pausedUntil).toBe(0);
  });
});
