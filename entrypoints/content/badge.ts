// The inline badge beside a compose box, plain DOM in the overlay's shadow root (no React at
// page load). It shows ok / caution / stop with a count and opens a panel with the findings.
// Everything from the post is set with textContent: a post full of HTML shows as text.
import type { Analysis, Finding, Language, SourceId } from '@/rules/types';

/** Short document names by source id (SOURCES of rules/). */
export type SourceNames = Partial<Record<SourceId | string, { short: string }>>;
import { BADGE_STRINGS } from './badge-strings';

/** `unwatched`: no submit control found for the box; `unavailable`: the checks themselves failed. */
export type BadgeState = 'ok' | 'caution' | 'stop' | 'unwatched' | 'unavailable';
export const isUnchecked = (state: BadgeState) => state === 'unwatched' || state === 'unavailable';

export interface Badge {
  update(state: BadgeState, analysis: Analysis | undefined, language: Language, sources: SourceNames): void;
  /** Places the badge in the bottom-right corner of the box; hides it when the box is not shown. */
  place(rect: DOMRect | null): void;
  remove(): void;
}

const BADGE_SIZE = 24;
const INSET = 6;
let nextId = 0;

/** Findings that count towards the verdict (tips do not). */
const countedFindings = (findings: Finding[]) => findings.filter((finding) => finding.severity !== 'info').length;

function describe(state: BadgeState, findings: Finding[], language: Language): string {
  const phrases = BADGE_STRINGS[language] ?? BADGE_STRINGS.en;
  if (state === 'unwatched') return phrases.unwatched;
  if (state === 'unavailable') return phrases.unavailable;
  if (state === 'ok') return phrases.ok;
  return phrases[state](countedFindings(findings));
}

function citationText(finding: Finding, sources: SourceNames): string {
  return finding.citations
    .map((citation) => `${sources[citation.source]?.short ?? citation.source} ${citation.section}`)
    .join(' · ');
}

function renderFindings(list: HTMLUListElement, findings: Finding[], language: Language, sources: SourceNames): void {
  const phrases = BADGE_STRINGS[language] ?? BADGE_STRINGS.en;
  list.replaceChildren(
    ...findings.map((finding) => {
      const item = document.createElement('li');
      item.dataset.severity = finding.severity;
      const severity = document.createElement('span');
      severity.className = 'severity';
      severity.textContent = phrases.severity[finding.severity];
      const message = document.createElement('div');
      message.textContent = finding.message[language] ?? finding.message.en;
      const excerpt = document.createElement('q');
      excerpt.textContent = finding.excerpt;
      const citation = document.createElement('div');
      citation.className = 'citation';
      citation.textContent = citationText(finding, sources);
      item.append(severity, message, excerpt, citation);
      return item;
    }),
  );
}

export function createBadge(shadow: ShadowRoot, signal: AbortSignal): Badge {
  const id = `tbyp-panel-${nextId++}`;
  const badge = document.createElement('div');
  badge.className = 'badge';
  badge.setAttribute('role', 'status');
  const button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', id);
  const icon = document.createElement('span');
  icon.setAttribute('aria-hidden', 'true');
  const label = document.createElement('span');
  label.className = 'visually-hidden';
  button.append(icon, label);
  badge.append(button);

  const panel = document.createElement('section');
  panel.className = 'panel';
  panel.id = id;
  panel.hidden = true;
  const heading = document.createElement('h2');
  const summary = document.createElement('p');
  const list = document.createElement('ul');
  panel.append(heading, summary, list);
  panel.setAttribute('aria-label', BADGE_STRINGS.en.title);
  shadow.append(badge, panel);

  let lastRect: DOMRect | null = null;
  const setOpen = (open: boolean) => {
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    placePanel();
  };
  const placePanel = () => {
    if (panel.hidden || !lastRect) return;
    const top = Math.max(8, lastRect.bottom - BADGE_SIZE - INSET - panel.offsetHeight - 4);
    panel.style.top = `${top}px`;
    panel.style.left = `${Math.max(8, Math.min(lastRect.right - panel.offsetWidth, innerWidth - panel.offsetWidth - 8))}px`;
  };
  button.addEventListener('click', () => setOpen(panel.hidden), { signal });
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      setOpen(false);
      button.focus();
    }
  }, { signal });

  return {
    update(state, analysis, language, sources) {
      const phrases = BADGE_STRINGS[language] ?? BADGE_STRINGS.en;
      const findings = analysis?.findings ?? [];
      badge.dataset.state = state;
      icon.textContent =
        state === 'ok' ? '✓' : isUnchecked(state) ? '⊘' : `${state === 'stop' ? '■' : '▲'} ${countedFindings(findings)}`;
      const description = describe(state, findings, language);
      label.textContent = description;
      button.title = `${phrases.title}: ${description}`;
      heading.textContent = phrases.title;
      panel.setAttribute('aria-label', phrases.title);
      summary.textContent = description;
      renderFindings(list, findings, language, sources);
      placePanel();
    },
    place(rect) {
      lastRect = rect && rect.width > 0 && rect.height > 0 ? rect : null;
      badge.hidden = lastRect === null;
      if (!lastRect) {
        setOpen(false);
        return;
      }
      badge.style.left = `${Math.round(lastRect.right - badge.offsetWidth - INSET)}px`;
      badge.style.top = `${Math.round(lastRect.bottom - BADGE_SIZE - INSET)}px`;
      placePanel();
    },
    remove() {
      badge.remove();
      panel.remove();
    },
  };
}
