import type { Platform, PostKind } from '@/rules/types';

/** Keys that submit from inside a compose box. */
export type SubmitKey = 'mod-enter' | 'enter';

/**
 * One kind of compose box on a site, as data. Specs are tried in order; the first whose
 * `editor` selector matches an editable element describes it, so narrower specs go first.
 */
export interface ComposerSpec {
  /** Where this box lives on the site, for readers and test names. */
  name: string;
  /** Matches the editable element itself (contenteditable root or textarea). */
  editor: string;
  /**
   * When set, the box must also sit inside an element matching this, looked for upwards across
   * shadow roots (a CSS descendant combinator stops at a shadow root).
   */
  within?: string;
  kind: PostKind;
  submitKeys: SubmitKey[];
  /** Containers that hold the box and its submit control, nearest first. */
  scopes: string[];
  /** Submit controls, most stable hooks first. */
  submitSelectors: string[];
  /** Accessible names (EN, FR, ES) of buttons that submit; compared case-insensitively. */
  submitLabels: string[];
  /** Attached images/videos, searched inside the scope that holds the submit control. */
  attachments?: string;
}

export interface SiteSelectors {
  /** The site, whose host names are utils/sites.ts's SITE_HOSTS (the manifest matches the same list). */
  platform: Platform;
  composers: ComposerSpec[];
  /**
   * Editable boxes that match no spec but may still be compose boxes: they are read, and the
   * badge says they are not watched. Sites whose last spec takes any editable box need none.
   */
  fallbackEditor?: string;
  /** Editable boxes that are out of scope (direct messages, search). */
  ignore: string[];
}

/** A compose box found on the page. */
export interface Composer {
  editor: HTMLElement;
  /** The spec that recognised it, or undefined for a box only the fallback matched. */
  spec?: ComposerSpec;
}

/** The small interface every site adapter implements. */
export interface SiteAdapter {
  platform: Platform;
  /** Compose boxes at or under `root` (a document, a shadow root, or an added element). */
  findComposers(root: ParentNode): Composer[];
  /** Describes an editable element, or null when it is not a compose box. */
  recognise(element: Element): Composer | null;
  /** The text as the person sees it; never changes the editor. */
  readText(editor: HTMLElement): string;
  kindOf(composer: Composer): PostKind;
  countAttachments(composer: Composer): number;
  /** The control that submits this box, or null when none can be found. */
  findSubmitControl(composer: Composer): HTMLElement | null;
  /** True when this keydown in this box would submit it. */
  isSubmitKey(event: KeyboardEvent, composer: Composer): boolean;
}
