// LinkedIn: Quill in the classic UI, ProseMirror inside an open shadow root (#interop-outlet)
// in the newer one (see shared SITES.md).
import { createSiteAdapter } from './adapter';
import type { SiteSelectors } from './types';

const COMMENT_LABELS = ['Comment', 'Reply', 'Commenter', 'Répondre', 'Comentar', 'Responder'];
const POST_LABELS = ['Post', 'Publier', 'Publicar'];
const COMMENT_SCOPES = ['form', '.comments-comment-box', '[componentkey*="comment" i]', '[data-testid*="comment" i]'];

export const linkedinSelectors: SiteSelectors = {
  platform: 'linkedin',
  hosts: ['www.linkedin.com', 'linkedin.com'],
  composers: [
    {
      name: 'classic comment box (Quill)',
      editor: '.comments-comment-box .ql-editor[contenteditable="true"], form .ql-editor[contenteditable="true"]',
      kind: 'comment',
      submitKeys: ['mod-enter'],
      scopes: COMMENT_SCOPES,
      submitSelectors: [
        'button.comments-comment-box__submit-button--cr',
        'button.comments-comment-box__submit-button',
        'button[type="submit"]',
      ],
      submitLabels: COMMENT_LABELS,
    },
    {
      name: 'classic share box (Quill)',
      editor: '.ql-editor[contenteditable="true"]',
      kind: 'post',
      submitKeys: [],
      scopes: ['.share-box', '.share-creation-state', '[role="dialog"]'],
      submitSelectors: ['button.share-actions__primary-action'],
      submitLabels: POST_LABELS,
      attachments: '.share-creation-state__media img, .share-box__media img, video',
    },
    {
      name: 'newer UI comment box (ProseMirror, often in a shadow root)',
      editor: '[componentkey*="comment" i] .ProseMirror[contenteditable="true"], .ProseMirror[contenteditable="true"][aria-label*="comment" i]',
      kind: 'comment',
      submitKeys: ['mod-enter'],
      scopes: COMMENT_SCOPES,
      submitSelectors: ['button[type="submit"]'],
      submitLabels: COMMENT_LABELS,
    },
    {
      name: 'newer UI share box (ProseMirror, often in a shadow root)',
      editor: '.ProseMirror[contenteditable="true"]',
      kind: 'post',
      submitKeys: [],
      scopes: ['[componentkey*="ShareBox" i]', '[role="dialog"]'],
      submitSelectors: [],
      submitLabels: POST_LABELS,
      attachments: 'img[src^="blob:"], video',
    },
  ],
  fallbackEditor: '[contenteditable="true"][role="textbox"], [contenteditable="true"].ql-editor',
  ignore: ['.msg-form', '[class*="msg-form"]', '[role="search"]'],
};

export const linkedinAdapter = createSiteAdapter(linkedinSelectors);
