import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Analysis, Finding } from '@/rules/types';
import { PreSubmitDialog, type PreSubmitDialogProps } from '@/components/PreSubmitDialog';
import { analysed, CONTACTS, settingsWith, STOP_TEXT } from './fixtures';
import { expectNoSeriousViolations } from './axe';

afterEach(cleanup);

function renderDialog(overrides: Partial<PreSubmitDialogProps> = {}, text = STOP_TEXT) {
  const { analysis, walk } = analysed(text);
  const props: PreSubmitDialogProps = {
    analysis,
    walk,
    text,
    settings: settingsWith(),
    onEdit: vi.fn(),
    onPostAnyway: vi.fn(),
    onAskAdvice: vi.fn(),
    onMarkWrong: vi.fn(),
    ...overrides,
  };
  const view = render(<PreSubmitDialog {...props} />);
  return { ...view, props, user: userEvent.setup() };
}

const postAnyway = () => screen.getByRole('button', { name: 'Post anyway' });

describe('PreSubmitDialog', () => {
  it('is a modal dialog named "Think Before You Post" with the focus on Edit', () => {
    const { props } = renderDialog();
    expect(props.analysis.verdict).toBe('stop');
    const dialog = screen.getByRole('dialog', { name: /Think Before You Post/ });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit' }));
    expect(screen.getByRole('button', { name: 'Ask for advice' })).toBeTruthy();
  });

  it('shows each finding with its principle, message, excerpt and sources', () => {
    const { props } = renderDialog();
    const shown = props.analysis.findings.filter((finding) => finding.severity !== 'info');
    expect(shown.length).toBeGreaterThan(0);
    const items = screen.getAllByRole('listitem').filter((item) => item.classList.contains('finding'));
    expect(items).toHaveLength(shown.length);
    shown.forEach((finding, index) => {
      const item = within(items[index]);
      expect(item.getByText(finding.message.en)).toBeTruthy();
      expect(items[index].querySelector('mark')?.textContent).toBe(finding.excerpt);
      for (const citation of finding.citations) {
        expect(items[index].textContent).toContain(citation.quote);
        expect(items[index].textContent).toContain(citation.en);
        expect(items[index].textContent).toContain(citation.section);
      }
    });
  });

  describe('for a stop verdict', () => {
    it('advise: Post anyway is enabled and posts without a reason', async () => {
      const { props, user } = renderDialog({ settings: settingsWith({ mode: 'advise' }) });
      await user.click(postAnyway());
      expect(props.onPostAnyway).toHaveBeenCalledWith(undefined);
    });

    it('confirm: Post anyway waits for "I have considered…"', async () => {
      const { props, user } = renderDialog({ settings: settingsWith({ mode: 'confirm' }) });
      expect((postAnyway() as HTMLButtonElement).disabled).toBe(true);
      await user.click(postAnyway());
      expect(props.onPostAnyway).not.toHaveBeenCalled();
      await user.click(screen.getByRole('checkbox', { name: /^I have considered/ }));
      expect((postAnyway() as HTMLButtonElement).disabled).toBe(false);
      await user.click(postAnyway());
      expect(props.onPostAnyway).toHaveBeenCalledWith(undefined);
    });

    it('justify: Post anyway waits for a reason, and passes it on', async () => {
      const { props, user } = renderDialog({ settings: settingsWith({ mode: 'justify' }) });
      const reason = screen.getByRole('textbox', { name: /Reason/ });
      expect((postAnyway() as HTMLButtonElement).disabled).toBe(true);
      await user.type(reason, '   ');
      expect((postAnyway() as HTMLButtonElement).disabled).toBe(true);
      await user.type(reason, 'Cleared with communications');
      await user.click(postAnyway());
      expect(props.onPostAnyway).toHaveBeenCalledWith('Cleared with communications');
    });

    it('block: nothing can post it, and the dialog says the organisation does not allow it', async () => {
      const { props, user } = renderDialog({ settings: settingsWith({ mode: 'block' }) });
      expect((postAnyway() as HTMLButtonElement).disabled).toBe(true);
      await user.click(postAnyway());
      expect(props.onPostAnyway).not.toHaveBeenCalled();
      expect(screen.getByText(/organisation does not allow/)).toBeTruthy();
    });
  });

  it.each(['advise', 'confirm', 'justify', 'block'])('a caution verdict behaves as advise in %s mode', async (mode) => {
    const { analysis, walk } = analysed(STOP_TEXT);
    const caution: Analysis = {
      ...analysis,
      verdict: 'caution',
      findings: analysis.findings.map((finding) => ({ ...finding, severity: 'caution' as const })),
    };
    const { props, user } = renderDialog({ analysis: caution, walk, settings: settingsWith({ mode }) });
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.queryByRole('textbox', { name: /Reason/ })).toBeNull();
    await user.click(postAnyway());
    expect(props.onPostAnyway).toHaveBeenCalledWith(undefined);
  });

  it('Edit and Escape both go back to the box', async () => {
    const { props, user } = renderDialog();
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    await user.keyboard('{Escape}');
    expect(props.onEdit).toHaveBeenCalledTimes(2);
    expect(props.onPostAnyway).not.toHaveBeenCalled();
  });

  it('keeps Tab inside the dialog and keys away from the page', async () => {
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    try {
      const { user } = renderDialog({ settings: settingsWith({ mode: 'justify' }) });
      const dialog = screen.getByRole('dialog');
      for (let step = 0; step < 40; step++) {
        await user.tab();
        expect(dialog.contains(document.activeElement)).toBe(true);
      }
      await user.tab({ shift: true });
      expect(dialog.contains(document.activeElement)).toBe(true);
      await user.type(screen.getByRole('textbox', { name: /Reason/ }), 'n');
      expect(pageKeys).not.toHaveBeenCalled();
    } finally {
      document.removeEventListener('keydown', pageKeys);
    }
  });

  it('runs the whole flow by keyboard: Ask for advice, then Post anyway', async () => {
    const { props, user } = renderDialog({ settings: settingsWith({ mode: 'confirm', contacts: CONTACTS }) });
    const dialog = screen.getByRole('dialog');
    const focusByTab = async (target: HTMLElement) => {
      for (let step = 0; step < 60 && document.activeElement !== target; step++) await user.tab();
      expect(document.activeElement).toBe(target);
    };
    await focusByTab(screen.getByRole('button', { name: 'Ask for advice' }));
    await user.keyboard('{Enter}');
    expect(props.onAskAdvice).toHaveBeenCalledTimes(1);
    await focusByTab(screen.getByRole('checkbox', { name: /^I have considered/ }));
    await user.keyboard(' ');
    await focusByTab(postAnyway());
    await user.keyboard('{Enter}');
    expect(props.onPostAnyway).toHaveBeenCalledTimes(1);
    expect(dialog.contains(document.activeElement)).toBe(true);
  });

  it('Ask for advice lists each contact with a mailto: link, and reports it once', async () => {
    const { props, user } = renderDialog({ settings: settingsWith({ contacts: CONTACTS }) });
    await user.click(screen.getByRole('button', { name: 'Ask for advice' }));
    await user.click(screen.getByRole('button', { name: 'Ask for advice' }));
    expect(props.onAskAdvice).toHaveBeenCalledTimes(1);
    for (const contact of CONTACTS) {
      expect(screen.getByText(contact.name)).toBeTruthy();
      const link = screen.getByRole('link', { name: contact.email });
      expect(link.getAttribute('href')).toMatch(new RegExp(`^mailto:${contact.email}\\?subject=`));
    }
    expect(screen.getByRole('link', { name: 'Web page' }).getAttribute('href')).toBe('https://example.org/comms');
  });

  it('says whom to ask when the organisation set no contacts', async () => {
    const { user } = renderDialog();
    await user.click(screen.getByRole('button', { name: 'Ask for advice' }));
    expect(screen.getByText(/Ask your supervisor or your ethics office/)).toBeTruthy();
  });

  it('"This is wrong" reports the finding and confirms', async () => {
    const { props, user } = renderDialog();
    const [first] = screen.getAllByRole('button', { name: 'This is wrong' });
    await user.click(first);
    const reported = (props.onMarkWrong as ReturnType<typeof vi.fn>).mock.calls[0][0] as Finding;
    expect(props.analysis.findings).toContainEqual(reported);
    expect(screen.getByText(/will no longer fire on this phrase/)).toBeTruthy();
  });

  it('shows HTML and script in a post as text', () => {
    const text = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>bold</b> ${STOP_TEXT}`;
    const { container } = renderDialog({}, text);
    expect(container.querySelector('img, script:not(style), b')).toBeNull();
    expect(screen.getByRole('dialog').textContent).toContain('<img src=x onerror="window.__pwned=1">');
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('speaks the UI language: French buttons, the quote as written, no duplicate rendering', () => {
    const { props } = renderDialog({ settings: settingsWith({}, 'fr') });
    expect(screen.getByRole('dialog', { name: /Think Before You Post/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Modifier' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Publier quand même' })).toBeTruthy();
    const finding = props.analysis.findings.find((candidate) => candidate.severity !== 'info')!;
    expect(screen.getByText(finding.message.fr)).toBeTruthy();
    expect(screen.getByRole('dialog').textContent).not.toContain(finding.citations[0].en);
  });

  it('has no serious or critical accessibility violation (axe-core)', async () => {
    const { user } = renderDialog({ settings: settingsWith({ mode: 'justify', contacts: CONTACTS }) });
    await user.click(screen.getByRole('button', { name: 'Ask for advice' }));
    await expectNoSeriousViolations(screen.getByRole('dialog'));
  });
});
