// X / Twitter: Draft.js editors (see shared SITES.md). Read, never write: Draft.js rebuilds
// its DOM from its own state and breaks when anything is inserted into it.
import { createSiteAdapter } from './adapter';
import { CONTENTEDITABLE, DIALOG, SUBMIT_NAMES } from './labels';
import type { ComposerSpec, SiteSelectors } from './types';

const DRAFT_EDITOR = `${CONTENTEDITABLE}[data-testid^="tweetTextarea_"]`;
const SUBMIT_SELECTORS = ['[data-testid="tweetButtonInline"]', '[data-testid="tweetButton"]'];
const SUBMIT_LABELS = [
  ...SUBMIT_NAMES.post, ...SUBMIT_NAMES.reply,
  'Post all', 'Tweet', 'Tweet all',
  'Poster', 'Tout poster', 'Tweeter', 'Publier tout',
  'Postear', 'Postear todo', 'Twittear', 'Publicar todo',
];
const ATTACHMENTS = '[data-testid="attachments"] img, [data-testid="attachments"] video';
/** Threads put several editors in one container that shares one submit; elsewhere the nearest ancestor holding a submit control is used. */
const SCOPES = [DIALOG, '[data-testid="inline_reply_composer"]'];
/** A reply: under a post, or in a dialog that shows the post being answered. */
const ANSWERED_POST = '[data-testid="tweet"], article, [role="article"]';

const shared: Omit<ComposerSpec, 'name' | 'editor' | 'kind'> = {
  submitKeys: ['mod-enter'],
  scopes: SCOPES,
  submitSelectors: SUBMIT_SELECTORS,
  submitLabels: SUBMIT_LABELS,
  attachments: ATTACHMENTS,
};

export const xSelectors: SiteSelectors = {
  platform: 'x',
  composers: [
    {
      name: 'inline reply under a post',
      editor: DRAFT_EDITOR,
      within: '[data-testid="inline_reply_composer"]',
      kind: 'reply',
      ...shared,
    },
    {
      name: 'reply or quote modal (the post being answered is shown above the box)',
      editor: CONTENTEDITABLE,
      within: `${DIALOG}:has(${ANSWERED_POST})`,
      kind: 'reply',
      ...shared,
    },
    { name: 'a box inside a post (an inline reply without its data-testid)', editor: CONTENTEDITABLE, within: ANSWERED_POST, kind: 'reply', ...shared },
    { name: 'home composer, /compose/post modal, thread', editor: DRAFT_EDITOR, kind: 'post', ...shared },
    { name: 'a box without its data-testid (X renamed its hooks)', editor: CONTENTEDITABLE, kind: 'post', ...shared },
  ],
  ignore: [
    '[data-testid="dmComposerTextInput"]', '[data-testid="DmScrollerContainer"]', '[data-testid="DMDrawer"]',
    '[data-testid="SearchBox_Search_Input"]', '[role="search"]',
  ],
};

export const xAdapter = createSiteAdapter(xSelectors);
