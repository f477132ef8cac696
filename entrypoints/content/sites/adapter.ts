import { EDITABLE_ROOT } from './labels';
import type { Composer, ComposerSpec, SiteAdapter, SiteSelectors } from './types';

const EDITABLE = `${EDITABLE_ROOT}, textarea`;
const BUTTONS = 'button, [role="button"], input[type="submit"]';
/** How far up from a box the submit control is looked for when no scope of its spec matches. */
const FALLBACK_ANCESTOR_LEVELS = 10;

/** Selector matching that never throws: a selector a browser does not support matches nothing. */
export function safeMatches(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}

function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** Parent element, stepping out of shadow roots to their host. */
export function parentComposed(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** `closest()` that also climbs out of shadow roots. */
export function closestComposed(element: Element, selector: string): Element | null {
  for (let node: Element | null = element; node; node = parentComposed(node)) {
    if (safeMatches(node, selector)) return node;
  }
  return null;
}

export function isDisabled(control: Element): boolean {
  return (
    (control as HTMLButtonElement).disabled === true ||
    control.getAttribute('aria-disabled') === 'true'
  );
}

/** Sites keep hidden copies of their buttons (other steps, other breakpoints): skip those. */
function isShown(element: Element): boolean {
  return element.checkVisibility?.() ?? true;
}

/** A name as compared with the known names: spaces collapsed, lower case, no icon or punctuation at either end ("➤ Enviar", "Publier…"). */
const squash = (text: string | null | undefined) =>
  (text ?? '').replace(/\s+/g, ' ').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase();

/** What a control is called: its aria-label, the text of what labels it, its visible text, its title. */
function namesOf(element: Element): string[] {
  const labelledBy = (element.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .map((id) => (id ? (element.getRootNode() as Document | ShadowRoot).getElementById?.(id)?.textContent : ''))
    .join(' ');
  const text = element instanceof HTMLInputElement ? element.value : element.textContent;
  return [element.getAttribute('aria-label'), labelledBy, text, element.getAttribute('title')].map(squash).filter(Boolean);
}

/** The post a box or control belongs to: a box never submits with another post's buttons. */
const ARTICLE = 'article, [role="article"]';

function submitControlsIn(container: ParentNode, composer: Composer & { spec: ComposerSpec }): HTMLElement[] {
  const { spec, editor } = composer;
  const bySelector = spec.submitSelectors.flatMap((selector) => safeQueryAll(container, selector));
  const labels = new Set(spec.submitLabels.map((label) => label.toLowerCase()));
  const byLabel = safeQueryAll(container, BUTTONS).filter((button) => namesOf(button).some((name) => labels.has(name)));
  const article = closestComposed(editor, ARTICLE);
  return [...bySelector, ...byLabel].filter(
    (control): control is HTMLElement =>
      control instanceof HTMLElement && isShown(control) && closestComposed(control, ARTICLE) === article,
  );
}

/** Looks in the nearest scope of the spec first, then in ever larger ancestors. */
function findSubmitControl(composer: Composer): HTMLElement | null {
  const { editor, spec } = composer;
  if (!spec) return null;
  const known = { editor, spec };
  for (const scope of spec.scopes) {
    const container = closestComposed(editor, scope);
    const control = container && submitControlsIn(container, known)[0];
    if (control) return control;
  }
  let ancestor = parentComposed(editor);
  for (let level = 0; ancestor && level < FALLBACK_ANCESTOR_LEVELS; level++) {
    const control = submitControlsIn(ancestor, known)[0];
    if (control) return control;
    ancestor = parentComposed(ancestor);
  }
  return null;
}

/** Builds a site's adapter from its selectors; the behaviour is the same on every site. */
export function createSiteAdapter(site: SiteSelectors): SiteAdapter {
  const isIgnored = (element: Element) => site.ignore.some((selector) => closestComposed(element, selector));

  function recognise(element: Element): Composer | null {
    if (!(element instanceof HTMLElement) || !safeMatches(element, EDITABLE)) return null;
    // Only the root of an editable region is a box (nested contenteditable children are not).
    const parent = parentComposed(element);
    if (parent instanceof HTMLElement && parent.isContentEditable && !(element instanceof HTMLTextAreaElement)) return null;
    if (isIgnored(element)) return null;
    const spec = site.composers.find(
      (candidate) =>
        safeMatches(element, candidate.editor) &&
        (candidate.within === undefined || (parent !== null && closestComposed(parent, candidate.within) !== null)),
    );
    if (spec) return { editor: element, spec };
    return site.fallbackEditor !== undefined && safeMatches(element, site.fallbackEditor) ? { editor: element } : null;
  }

  return {
    platform: site.platform,
    recognise,
    findComposers(root) {
      const candidates = safeQueryAll(root, EDITABLE);
      if (root instanceof Element) candidates.unshift(root);
      return candidates.map(recognise).filter((composer): composer is Composer => composer !== null);
    },
    readText(editor) {
      // innerText follows what is shown (line breaks between blocks); reading it changes nothing.
      return editor instanceof HTMLTextAreaElement ? editor.value : editor.innerText;
    },
    kindOf(composer) {
      return composer.spec?.kind ?? 'post';
    },
    countAttachments(composer) {
      // Attachments sit beside the box, inside the smallest container that also holds its submit control.
      const control = composer.spec?.attachments && findSubmitControl(composer);
      if (!control) return 0;
      let container = parentComposed(composer.editor);
      while (container && !container.contains(control)) container = parentComposed(container);
      return container ? safeQueryAll(container, composer.spec!.attachments!).length : 0;
    },
    findSubmitControl,
    isSubmitKey(event, composer) {
      if (event.key !== 'Enter' || event.isComposing || event.altKey || event.shiftKey) return false;
      // A box no spec recognised is not watched: its keys are left alone.
      const keys = composer.spec?.submitKeys ?? [];
      const withModifier = event.ctrlKey || event.metaKey;
      if (withModifier) return keys.includes('mod-enter');
      // Enter picks an entry while a mention or hashtag menu is open.
      const menuOpen = composer.editor.getAttribute('aria-expanded') === 'true';
      return keys.includes('enter') && !menuOpen;
    },
  };
}
