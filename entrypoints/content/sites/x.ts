// X / Twitter: Draft.js editors (see shared SITES.md). Read, never write: Draft.js rebuilds
// its DOM from its own state and breaks when anything is inserted into it.
import { createSiteAdapter } from './adapter';
import { EDITABLE_ROOT, SUBMIT_NAMES } from './labels';
import type { ComposerSpec, SiteSelectors } from './types';

const DRAFT_EDITOR = '[contenteditable="true"][data-testid^="tweetTextarea_"]';
const SUBMIT_SELECTORS = ['[data-testid="tweetButtonInline"]', '[data-testid="tweetButton"]'];
const SUBMIT_LABELS = [
  ...SUBMIT_NAMES.post, ...SUBMIT_NAMES.reply,
  'Post all', 'Tweet', 'Tweet all',
  'Poster', 'Tout poster', 'Tweeter', 'Publier tout',
  'Postear', 'Postear todo', 'Twittear', 'Publicar todo',
];
const ATTACHMENTS = '[data-testid="attachments"] img, [data-testid="attachments"] video';
/** Threads put several editors in one container that shares one submit; elsewhere the nearest ancestor holding a submit control is used. */
const SCOPES = ['[role="dialog"]', '[data-testid="inline_reply_composer"]'];
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
  hosts: ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'],
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
      editor: `${DRAFT_EDITOR}, .public-DraftEditor-content[contenteditable="true"], [contenteditable="true"][role="textbox"]`,
      within: `[role="dialog"]:has(${ANSWERED_POST})`,
      kind: 'reply',
      ...shared,
    },
    { name: 'home composer, /compose/post modal, thread', editor: DRAFT_EDITOR, kind: 'post', ...shared },
    {
      name: 'Draft.js box without its data-testid, or any other text box (X renamed its hooks)',
      editor: '.public-DraftEditor-content[contenteditable="true"], [contenteditable="true"][role="textbox"]',
      kind: 'post',
      ...shared,
    },
  ],
  fallbackEditor: EDITABLE_ROOT,
  ignore: [
    '[data-testid="dmComposerTextInput"]', '[data-testid="DmScrollerContainer"]', '[data-testid="DMDrawer"]',
    '[data-testid="SearchBox_Search_Input"]', '[role="search"]',
  ],
};

export const xAdapter = createSiteAdapter(xSelectors);
