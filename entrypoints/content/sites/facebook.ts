// Facebook: Lexical editors (see shared SITES.md). Class names are generated per deploy,
// so only roles, aria-labels and data-lexical-editor are used.
import { createSiteAdapter } from './adapter';
import type { SiteSelectors } from './types';

const LEXICAL_EDITOR = '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';
const COMMENT_LABELS = [
  '[aria-label*="comment" i]', '[aria-label*="commentaire" i]', '[aria-label*="comentario" i]',
  '[aria-label*="reply" i]', '[aria-label*="répon" i]', '[aria-label*="respuesta" i]', '[aria-label*="responde" i]',
  '[aria-placeholder*="comment" i]', '[aria-placeholder*="comentario" i]',
];
const isComment = (editor: string) => COMMENT_LABELS.map((label) => `${editor}${label}`).join(', ');

export const facebookSelectors: SiteSelectors = {
  platform: 'facebook',
  hosts: ['www.facebook.com', 'web.facebook.com', 'facebook.com'],
  composers: [
    {
      name: 'comment or reply under a post (Enter submits)',
      editor: isComment(LEXICAL_EDITOR),
      kind: 'comment',
      submitKeys: ['enter', 'mod-enter'],
      scopes: ['form', '[role="article"]', '[role="dialog"]'],
      submitSelectors: ['#focused-state-composer-submit [role="button"]', '[aria-label="Comment"][role="button"]'],
      submitLabels: ['Comment', 'Reply', 'Commenter', 'Répondre', 'Comentar', 'Responder'],
    },
    {
      name: '"Create post" dialog, Groups and Pages composers',
      editor: LEXICAL_EDITOR,
      kind: 'post',
      submitKeys: [],
      scopes: ['[role="dialog"]', 'form'],
      submitSelectors: [],
      submitLabels: ['Post', 'Publier', 'Publicar'],
      attachments: 'img[src^="blob:"], video',
    },
  ],
  fallbackEditor: '[contenteditable="true"][role="textbox"]',
  ignore: ['[role="navigation"]', '[aria-label*="Messenger" i]', '[data-testid="mwchat-tabs"]'],
};

export const facebookAdapter = createSiteAdapter(facebookSelectors);
