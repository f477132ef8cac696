// Instagram: a textarea for comments, Lexical for the new-post caption (see shared SITES.md).
import { createSiteAdapter } from './adapter';
import type { SiteSelectors } from './types';

export const instagramSelectors: SiteSelectors = {
  platform: 'instagram',
  hosts: ['www.instagram.com', 'instagram.com'],
  composers: [
    {
      name: 'comment under a post (Enter submits)',
      editor: 'form textarea',
      kind: 'comment',
      submitKeys: ['enter'],
      scopes: ['form'],
      submitSelectors: ['button[type="submit"]'],
      submitLabels: ['Post', 'Publier', 'Publicar'],
    },
    {
      name: 'new post caption in the "Create" dialog',
      editor: '[role="dialog"] [contenteditable="true"][role="textbox"]',
      kind: 'post',
      submitKeys: [],
      scopes: ['[role="dialog"]'],
      submitSelectors: [],
      submitLabels: ['Share', 'Partager', 'Compartir'],
      attachments: 'img[src^="blob:"], video',
    },
  ],
  fallbackEditor: '[contenteditable="true"][role="textbox"], textarea',
  ignore: ['[role="search"]'],
};

export const instagramAdapter = createSiteAdapter(instagramSelectors);
