/**
 * Code evaluated inside the test page (main world) to find elements the way a person or an
 * assistive tool would: by CSS or by role + accessible name, through open shadow roots
 * (the extension's UI and LinkedIn's newer feed live in them).
 * Kept as a plain JavaScript string so that neither TypeScript transforms nor the two
 * automation libraries' serialisers can change it.
 */

/** What a test points at: a CSS selector, or a role with an exact or partial accessible name. */
export type Target =
  | { css: string; index?: number }
  | { role: string; name?: string; nameContains?: string; index?: number };

export const PAGE_TOOLKIT = String.raw`(() => {
  const IMPLICIT_ROLES = { BUTTON: 'button', TEXTAREA: 'textbox', DIALOG: 'dialog', A: 'link', UL: 'list', LI: 'listitem' };
  function roleOf(el) {
    const explicit = el.getAttribute('role');
    if (explicit) return explicit.split(/\s+/)[0];
    if (el.tagName === 'INPUT') {
      const type = (el.getAttribute('type') || 'text').toLowerCase();
      if (type === 'checkbox') return 'checkbox';
      if (['text', 'search', 'email', 'url'].includes(type)) return 'textbox';
      if (['button', 'submit'].includes(type)) return 'button';
    }
    if (el.tagName === 'A' && !el.hasAttribute('href')) return null;
    return IMPLICIT_ROLES[el.tagName] || null;
  }
  function squash(text) { return (text || '').replace(/\s+/g, ' ').trim(); }
  function nameOf(el) {
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) {
      const root = el.getRootNode();
      const parts = labelledBy.split(/\s+/).map((id) => root.getElementById ? root.getElementById(id) : document.getElementById(id));
      const text = parts.filter(Boolean).map((part) => part.textContent).join(' ');
      if (squash(text)) return squash(text);
    }
    const label = el.getAttribute('aria-label');
    if (label && squash(label)) return squash(label);
    if (el.labels && el.labels.length) return squash([...el.labels].map((l) => l.textContent).join(' '));
    const role = roleOf(el);
    if (['button', 'link', 'checkbox', 'tab', 'menuitem', 'option', 'heading', 'status'].includes(role)) {
      const text = squash(el.textContent);
      if (text) return text;
    }
    return squash(el.getAttribute('title') || el.getAttribute('placeholder') || '');
  }
  function* walk(root) {
    for (const el of root.querySelectorAll('*')) {
      yield el;
      if (el.shadowRoot) yield* walk(el.shadowRoot);
    }
  }
  function visible(el) {
    if (!el.isConnected) return false;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) return false;
    const style = getComputedStyle(el);
    return style.visibility !== 'hidden' && style.display !== 'none';
  }
  function matches(el, target) {
    if (target.css) return el.matches(target.css);
    if (roleOf(el) !== target.role) return false;
    const name = nameOf(el);
    if (target.name !== undefined && name !== target.name) return false;
    if (target.nameContains !== undefined && !name.toLowerCase().includes(target.nameContains.toLowerCase())) return false;
    return true;
  }
  function all(target) {
    const found = [];
    for (const el of walk(document)) if (matches(el, target) && visible(el)) found.push(el);
    return found;
  }
  function one(target) { return all(target)[target.index || 0] || null; }
  function deepActiveElement() {
    let active = document.activeElement;
    while (active && active.shadowRoot && active.shadowRoot.activeElement) active = active.shadowRoot.activeElement;
    return active === document.body ? null : active;
  }
  function describe(el) {
    if (!el) return null;
    return {
      text: el.tagName === 'TEXTAREA' || el.tagName === 'INPUT' ? el.value : el.innerText,
      name: nameOf(el),
      disabled: el.disabled === true || el.getAttribute('aria-disabled') === 'true',
    };
  }
  return {
    count: (target) => all(target).length,
    describe: (target) => describe(one(target)),
    describeAll: (target) => all(target).map(describe),
    center(target) {
      const el = one(target);
      if (!el) return null;
      el.scrollIntoView({ block: 'center', inline: 'center' });
      const rect = el.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    /** The focused element, looked for through open shadow roots: its role and name, or null. */
    focused() {
      const el = deepActiveElement();
      return el ? { role: roleOf(el), name: nameOf(el) } : null;
    },
    /** Whether the focus is on the target or inside it. */
    focusWithin(target) {
      const el = one(target);
      const active = deepActiveElement();
      return !!el && !!active && el.contains(active);
    },
    /** The status element (the extension's badge) closest to the target on screen. */
    nearestStatus(target) {
      const el = one(target);
      if (!el) return null;
      const box = el.getBoundingClientRect();
      let best = null;
      let bestDistance = Infinity;
      for (const status of all({ role: 'status' })) {
        const rect = status.getBoundingClientRect();
        const dx = Math.max(box.left - rect.right, rect.left - box.right, 0);
        const dy = Math.max(box.top - rect.bottom, rect.top - box.bottom, 0);
        const distance = Math.hypot(dx, dy);
        if (distance < bestDistance) { best = status; bestDistance = distance; }
      }
      return best ? squash(best.textContent + ' ' + (best.getAttribute('aria-label') || '')) : null;
    },
    published: () => [...document.querySelectorAll('#published li')].map((li) => ({
      text: li.querySelector('.published-text').textContent,
      kind: li.dataset.kind,
      composer: li.dataset.composer,
      media: Number(li.dataset.media || 0),
    })),
  };
})()`;
