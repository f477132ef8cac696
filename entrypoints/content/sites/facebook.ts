// Facebook: Lexical editors (see shared SITES.md). Class names are generated per deploy,
// so only roles, aria-labels, data-lexical-editor and the page's structure are used.
import { createSiteAdapter } from './adapter';
import { CONTENTEDITABLE, DIALOG, labelledAsComment, SUBMIT_NAMES } from './labels';
import type { ComposerSpec, SiteSelectors } from './types';

/** Comments and replies: Enter sends; the send control is named Comment / Reply / Send. */
const comment: Omit<ComposerSpec, 'name' | 'editor'> = {
  kind: 'comment',
  submitKeys: ['enter', 'mod-enter'],
  scopes: ['form', '[role="article"]', DIALOG],
  submitSelectors: ['#focused-state-composer-submit [role="button"]'],
  submitLabels: [...SUBMIT_NAMES.comment, ...SUBMIT_NAMES.reply, ...SUBMIT_NAMES.send],
};

export const facebookSelectors: SiteSelectors = {
  platform: 'facebook',
  composers: [
    { name: 'comment or reply under a post, by its label (Enter submits)', editor: labelledAsComment(CONTENTEDITABLE), ...comment },
    {
      name: 'any box inside a post of the feed is a comment or reply (labels renamed)',
      editor: CONTENTEDITABLE,
      within: '[role="article"], [aria-posinset]',
      ...comment,
    },
    {
      name: '"Create post" dialog, Groups and Pages composers, and any other box (guarded by the nearest submit control)',
      editor: CONTENTEDITABLE,
      kind: 'post',
      submitKeys: [],
      scopes: [DIALOG, 'form'],
      submitSelectors: [],
      submitLabels: Object.values(SUBMIT_NAMES).flat(),
      attachments: 'img[src^="blob:"], video',
    },
  ],
  // Messenger (its chat boxes are labelled "Message" / « Message » / "Mensaje") and search are out of scope.
  ignore: [
    '[role="navigation"]', '[role="search"]', '[aria-label*="Messenger" i]', '[data-testid="mwchat-tabs"]',
    '[aria-label^="Message" i]', '[aria-label^="Mensaje" i]',
  ],
};

export const facebookAdapter = createSiteAdapter(facebookSelectors);
