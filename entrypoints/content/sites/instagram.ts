// Instagram: a textarea for comments, Lexical for the new-post caption (see shared SITES.md).
import { createSiteAdapter } from './adapter';
import { CONTENTEDITABLE, DIALOG, EDITABLE_ROOT, labelledAsComment, SUBMIT_NAMES } from './labels';
import type { ComposerSpec, SiteSelectors } from './types';

/** Comments: Enter sends; the control beside the box is named Post (or Reply, Send). */
const comment: Omit<ComposerSpec, 'name' | 'editor'> = {
  kind: 'comment',
  submitKeys: ['enter'],
  scopes: ['form'],
  submitSelectors: ['form button[type="submit"]'],
  submitLabels: [...SUBMIT_NAMES.post, ...SUBMIT_NAMES.reply, ...SUBMIT_NAMES.send],
};

export const instagramSelectors: SiteSelectors = {
  platform: 'instagram',
  composers: [
    { name: 'comment under a post (a textarea in a form; Enter submits)', editor: 'form textarea', ...comment },
    { name: 'comment box, a textarea or a rich editor, by its label', editor: labelledAsComment(`:is(textarea, ${CONTENTEDITABLE})`), ...comment },
    {
      name: 'new post caption in the "Create" dialog',
      editor: CONTENTEDITABLE,
      within: DIALOG,
      kind: 'post',
      submitKeys: [],
      scopes: [DIALOG],
      submitSelectors: [],
      submitLabels: [...SUBMIT_NAMES.share, ...SUBMIT_NAMES.post],
      attachments: 'img[src^="blob:"], video',
    },
  ],
  fallbackEditor: `${EDITABLE_ROOT}, textarea`,
  // Direct messages ("Message…", « Votre message… », "Mensaje…") and search are out of scope.
  ignore: ['[role="search"]', '[aria-label^="Message" i]', '[aria-label*="Votre message" i]', '[aria-label^="Mensaje" i]'],
};

export const instagramAdapter = createSiteAdapter(instagramSelectors);
