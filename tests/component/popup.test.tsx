import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing';
import { FLOWCHART } from '@/rules';
import { PopupApp, tabStatusText } from '@/components/popup/PopupApp';
import { orderQuestions } from '@/components/flowchart/model';
import { TAB_STATUS_MESSAGE, type TabStatus } from '@/utils/messages';
import { queryActiveTab, type TabState } from '@/utils/tab-state';
import { settingsWith } from './fixtures';
import { expectNoSeriousViolations } from './axe';

afterEach(cleanup);
beforeEach(() => fakeBrowser.reset());

const NOW = Date.UTC(2026, 10, 25, 12, 0, 0);
const watching = (count: number, overrides: Partial<TabStatus> = {}): TabState => ({
  kind: 'active',
  status: { platform: 'x', watching: count, siteEnabled: true, pausedUntil: 0, ...overrides },
});

describe('tab status line', () => {
  it.each<[string, TabState | undefined, Record<string, unknown>, RegExp]>([
    ['watching', watching(2), {}, /^Watching 2 compose box/],
    ['no box yet', watching(0), {}, /no compose box is open/],
    ['not covered', { kind: 'not-covered' }, {}, /not covered/],
    ['covered, no content script', { kind: 'not-running', platform: 'linkedin' }, {}, /reload the page/],
    ['site turned off by the person', watching(1, { platform: 'facebook' }), { sites: { facebook: false } }, /Turned off/],
    ['site turned off in the tab', watching(1, { siteEnabled: false }), {}, /Turned off/],
  ])('%s', (_name, tab, policy, expected) => {
    expect(tabStatusText(settingsWith(policy), tab, NOW)).toMatch(expected);
  });

  it('says when a pause ends, whatever the tab', () => {
    const settings = { ...settingsWith(), pausedUntil: NOW + 30 * 60_000 };
    expect(tabStatusText(settings, watching(3), NOW)).toMatch(/^Paused until /);
  });
});

describe('queryActiveTab', () => {
  // The fake browser has no windows to ask, nor tabs.sendMessage: both are given here.
  const activeTab = (url?: string) => ({ id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false, url });

  it('asks the active tab’s content script for its status', async () => {
    const requests: unknown[] = [];
    fakeBrowser.tabs.sendMessage = (async (_tabId: number, message: unknown) => {
      requests.push(message);
      return { platform: 'x', watching: 1, siteEnabled: true, pausedUntil: 0 };
    }) as typeof fakeBrowser.tabs.sendMessage;
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([activeTab('https://x.com/home')]);
    expect(await queryActiveTab()).toEqual(watching(1));
    expect(requests).toEqual([{ type: TAB_STATUS_MESSAGE }]);
  });

  it.each([
    ['https://www.linkedin.com/feed/', { kind: 'not-running', platform: 'linkedin' }],
    ['https://example.org/', { kind: 'not-covered' }],
    [undefined, { kind: 'not-covered' }],
  ])('without an answer from %s', async (url, expected) => {
    fakeBrowser.tabs.sendMessage = (async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }) as typeof fakeBrowser.tabs.sendMessage;
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([activeTab(url)]);
    expect(await queryActiveTab()).toEqual(expected);
  });
});

describe('PopupApp', () => {
  function renderPopup(settings = settingsWith(), tab: TabState | undefined = watching(1)) {
    const handlers = { onPause: vi.fn(), onResume: vi.fn(), onOpenOptions: vi.fn() };
    render(<PopupApp settings={settings} tab={tab} now={NOW} {...handlers} />);
    return { ...handlers, user: userEvent.setup() };
  }

  it('pauses, opens the settings, and shows the status as a live region', async () => {
    const { onPause, onOpenOptions, user } = renderPopup();
    expect(screen.getByRole('status').textContent).toMatch(/Watching 1/);
    await user.click(screen.getByRole('button', { name: 'Pause for one hour' }));
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    expect(onPause).toHaveBeenCalledOnce();
    expect(onOpenOptions).toHaveBeenCalledOnce();
  });

  it('offers to resume while paused', async () => {
    const { onResume, user } = renderPopup({ ...settingsWith(), pausedUntil: NOW + 60_000 });
    await user.click(screen.getByRole('button', { name: 'Resume now' }));
    expect(onResume).toHaveBeenCalledOnce();
  });

  it('cannot pause when the organisation forbids it, and says so', () => {
    renderPopup(settingsWith({ allowPause: false }));
    expect((screen.getByRole('button', { name: 'Pause for one hour' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Your organisation does not allow pausing.')).toBeTruthy();
  });

  it('walks the flowchart one question at a time to an outcome, and back', async () => {
    const { user } = renderPopup();
    const first = FLOWCHART.questions.find((question) => question.id === FLOWCHART.start)!;
    expect(screen.getByRole('heading', { name: first.text.en })).toBeTruthy();
    // Answer each question with its first answer until an outcome.
    const seen: string[] = [];
    for (let step = 0; step < FLOWCHART.questions.length + 1; step++) {
      const heading = screen.getAllByRole('heading', { level: 3 })[0];
      if (heading.textContent!.startsWith('Outcome:')) break;
      const question = FLOWCHART.questions.find((candidate) => candidate.text.en === heading.textContent)!;
      seen.push(question.id);
      // Numbered as the diagram numbers its boxes.
      const number = orderQuestions(FLOWCHART).indexOf(question) + 1;
      expect(screen.getByText(/^Question \d+$/).textContent).toBe(`Question ${number}`);
      const answers = within(screen.getByRole('group', { name: 'Answers' }));
      await user.click(answers.getByRole('button', { name: question.answers[0].label.en }));
      expect(document.activeElement?.tagName).toBe('H3');
    }
    const outcome = screen.getAllByRole('heading', { level: 3 })[0].textContent!;
    expect(outcome).toMatch(/^Outcome: /);

    await user.click(screen.getByRole('button', { name: 'Diagram' }));
    const diagram = screen.getByRole('img');
    for (const id of seen) expect(diagram.querySelector(`[data-question="${id}"]`)!.classList.contains('on-path')).toBe(true);
    expect(diagram.querySelectorAll('.on-path')).toHaveLength(seen.length);
    expect(diagram.querySelectorAll('.edge.taken')).toHaveLength(seen.length);

    await user.click(screen.getByRole('button', { name: 'Step by step' }));
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(screen.getByRole('heading', { name: first.text.en })).toBeTruthy();
  });

  it('has no serious or critical accessibility violation (axe-core), in both views', async () => {
    const { user } = renderPopup();
    await expectNoSeriousViolations(document.body);
    await user.click(screen.getByRole('button', { name: 'Diagram' }));
    await expectNoSeriousViolations(document.body);
  });
});
