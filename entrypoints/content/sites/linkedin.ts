// LinkedIn: Quill in the classic UI, ProseMirror inside an open shadow root (#interop-outlet)
// in the newer one (see shared SITES.md).
import { createSiteAdapter } from './adapter';
import { CONTENTEDITABLE, DIALOG, labelledAsComment, SUBMIT_NAMES } from './labels';
import type { ComposerSpec, SiteSelectors } from './types';

const comment: Omit<ComposerSpec, 'name' | 'editor'> = {
  kind: 'comment',
  submitKeys: ['mod-enter'],
  scopes: ['form', '.comments-comment-box', '[componentkey*="comment" i]', '[data-testid*="comment" i]'],
  submitSelectors: [
    'button.comments-comment-box__submit-button--cr',
    'button.comments-comment-box__submit-button',
    'button[type="submit"]',
  ],
  submitLabels: [...SUBMIT_NAMES.comment, ...SUBMIT_NAMES.reply, ...SUBMIT_NAMES.post, ...SUBMIT_NAMES.send],
};

const post: Omit<ComposerSpec, 'name' | 'editor'> = {
  kind: 'post',
  submitKeys: [],
  scopes: ['.share-box', '.share-creation-state', '[componentkey*="ShareBox" i]', DIALOG],
  submitSelectors: ['button.share-actions__primary-action'],
  // Every name: the last spec also takes boxes it cannot place, guarded by their nearest submit control.
  submitLabels: Object.values(SUBMIT_NAMES).flat(),
  attachments: '.share-creation-state__media img, .share-box__media img, img[src^="blob:"], video',
};

export const linkedinSelectors: SiteSelectors = {
  platform: 'linkedin',
  composers: [
    {
      name: 'comment box: classic (Quill) or newer (ProseMirror, often in a shadow root), by its place',
      editor: CONTENTEDITABLE,
      within: '.comments-comment-box, [componentkey*="comment" i], form, article, [role="article"], [data-urn]',
      ...comment,
    },
    { name: 'comment box, by its label', editor: labelledAsComment(CONTENTEDITABLE), ...comment },
    { name: 'share box: classic (Quill), newer (ProseMirror), or any other box', editor: CONTENTEDITABLE, ...post },
  ],
  ignore: ['.msg-form', '[class*="msg-form"]', '[role="search"]'],
};

export const linkedinAdapter = createSiteAdapter(linkedinSelectors);
