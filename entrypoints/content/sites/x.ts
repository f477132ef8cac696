// X / Twitter: Draft.js editors (see shared SITES.md). Read, never write: Draft.js rebuilds
// its DOM from its own state and breaks when anything is inserted into it.
import { createSiteAdapter } from './adapter';
import type { ComposerSpec, SiteSelectors } from './types';

const DRAFT_EDITOR = '[contenteditable="true"][data-testid^="tweetTextarea_"]';
const SUBMIT_SELECTORS = ['[data-testid="tweetButtonInline"]', '[data-testid="tweetButton"]'];
const SUBMIT_LABELS = [
  'Post', 'Reply', 'Post all', 'Tweet', 'Tweet all',
  'Poster', 'Répondre', 'Tout poster', 'Tweeter',
  'Postear', 'Responder', 'Postear todo', 'Twittear',
];
const ATTACHMENTS = '[data-testid="attachments"] img, [data-testid="attachments"] video';
/** Threads put several editors in one container that shares one submit; elsewhere the nearest ancestor holding a submit control is used. */
const SCOPES = ['[role="dialog"]', '[data-testid="inline_reply_composer"]'];

const shared: Omit<ComposerSpec, 'name' | 'editor' | 'kind'> = {
  submitKeys: ['mod-enter'],
  scopes: SCOPES,
  submitSelectors: SUBMIT_SELECTORS,
  submitLabels: SUBMIT_LABELS,
  attachments: ATTACHMENTS,
};

export const xSelectors: SiteSelectors = {
  platform: 'x',
  hosts: ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'],
  composers: [
    {
      name: 'inline reply under a post',
      editor: `[data-testid="inline_reply_composer"] ${DRAFT_EDITOR}`,
      kind: 'reply',
      ...shared,
    },
    {
      name: 'reply or quote modal (the post being answered is shown above the box)',
      editor: `[role="dialog"]:has([data-testid="tweet"]) ${DRAFT_EDITOR}`,
      kind: 'reply',
      ...shared,
    },
    { name: 'home composer, /compose/post modal, thread', editor: DRAFT_EDITOR, kind: 'post', ...shared },
    {
      name: 'Draft.js box without its data-testid',
      editor: '.public-DraftEditor-content[contenteditable="true"]',
      kind: 'post',
      ...shared,
    },
  ],
  fallbackEditor: '[contenteditable="true"][role="textbox"]',
  ignore: ['[data-testid="dmComposerTextInput"]', '[data-testid="DmScrollerContainer"]', '[data-testid="DMDrawer"]'],
};

export const xAdapter = createSiteAdapter(xSelectors);
