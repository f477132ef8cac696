/**
 * Every way to publish on the test pages: which page, how to reveal the composer, which editor,
 * and how to submit (a click on the site's control, or the site's key). Specs and the harness
 * self-test iterate over these, so a path added here is tested everywhere.
 */
import type { Target } from './page-toolkit';
import { SITE_URLS } from './routes';

export type Site = 'x' | 'facebook' | 'instagram' | 'linkedin' | 'linkedin-new';

export interface SubmitPath {
  id: string;
  site: Site;
  url: string;
  /** Clicks that reveal the composer (open a dialog, add a composer after load). */
  open?: Target[];
  editor: Target;
  submit: { click: Target } | { keys: string };
  /** What the page records in #published (data-kind, data-composer). */
  kind: 'post' | 'reply' | 'comment';
  composer: string;
  /** The composer did not exist when the page loaded and the extension had started. */
  addedAfterLoad?: boolean;
}

const ADD_COMPOSER: Target = { css: '#fixture-add-composer' };

export const SUBMIT_PATHS: SubmitPath[] = [
  // X: Draft.js.
  {
    id: 'x home composer, Post button',
    site: 'x',
    url: SITE_URLS.xHome,
    editor: { css: '[data-testid="composer-home"] [data-testid="tweetTextarea_0"]' },
    submit: { click: { css: '[data-testid="composer-home"] [data-testid="tweetButtonInline"]' } },
    kind: 'post',
    composer: 'home',
  },
  {
    id: 'x home composer, Ctrl+Enter',
    site: 'x',
    url: SITE_URLS.xHome,
    editor: { css: '[data-testid="composer-home"] [data-testid="tweetTextarea_0"]' },
    submit: { keys: 'Control+Enter' },
    kind: 'post',
    composer: 'home',
  },
  {
    id: 'x /compose/post modal, Post button',
    site: 'x',
    url: SITE_URLS.xCompose,
    editor: { css: '[role="dialog"] [data-testid="tweetTextarea_0"]' },
    submit: { click: { css: '[role="dialog"] [data-testid="tweetButton"]' } },
    kind: 'post',
    composer: 'compose-modal',
  },
  {
    id: 'x reply modal, Ctrl+Enter',
    site: 'x',
    url: SITE_URLS.xHome,
    open: [{ css: '[data-testid="tweet"] [data-testid="reply"]' }],
    editor: { css: '[role="dialog"] [data-testid="tweetTextarea_0"]' },
    submit: { keys: 'Control+Enter' },
    kind: 'reply',
    composer: 'reply-modal',
    addedAfterLoad: true,
  },
  {
    id: 'x inline reply, Reply button',
    site: 'x',
    url: SITE_URLS.xStatus,
    editor: { css: '[data-testid="inline_reply_composer"] [data-testid="tweetTextarea_0"]' },
    submit: { click: { css: '[data-testid="inline_reply_composer"] [data-testid="tweetButtonInline"]' } },
    kind: 'reply',
    composer: 'inline-reply',
  },
  {
    id: 'x composer added after load, Post button',
    site: 'x',
    url: SITE_URLS.xHome,
    open: [ADD_COMPOSER],
    editor: { css: '[data-testid="composer-late-1"] [data-testid="tweetTextarea_0"]' },
    submit: { click: { css: '[data-testid="composer-late-1"] [data-testid="tweetButtonInline"]' } },
    kind: 'post',
    composer: 'late-1',
    addedAfterLoad: true,
  },
  // Facebook: Lexical.
  {
    id: 'facebook Create post dialog, Post button',
    site: 'facebook',
    url: SITE_URLS.facebook,
    open: [{ css: '#open-create-post' }],
    editor: { role: 'textbox', name: "What's on your mind, Jane?" },
    submit: { click: { role: 'button', name: 'Post' } },
    kind: 'post',
    composer: 'create-post',
    addedAfterLoad: true,
  },
  {
    id: 'facebook comment, Enter',
    site: 'facebook',
    url: SITE_URLS.facebook,
    editor: { role: 'textbox', name: 'Write a comment…' },
    submit: { keys: 'Enter' },
    kind: 'comment',
    composer: 'comment-1',
  },
  {
    id: 'facebook comment added after load, Enter',
    site: 'facebook',
    url: SITE_URLS.facebook,
    open: [ADD_COMPOSER],
    editor: { css: '[role="feed"] > [role="article"]:first-child [data-lexical-editor]' },
    submit: { keys: 'Enter' },
    kind: 'comment',
    composer: 'comment-late-1',
    addedAfterLoad: true,
  },
  // Instagram: Lexical caption, textarea comments.
  {
    id: 'instagram Create dialog with a photo, Share',
    site: 'instagram',
    url: SITE_URLS.instagramPost,
    open: [{ css: '#open-create' }],
    editor: { role: 'textbox', name: 'Write a caption...' },
    submit: { click: { role: 'button', name: 'Share' } },
    kind: 'post',
    composer: 'create',
    addedAfterLoad: true,
  },
  {
    id: 'instagram comment, Enter',
    site: 'instagram',
    url: SITE_URLS.instagramPost,
    editor: { role: 'textbox', name: 'Add a comment…' },
    submit: { keys: 'Enter' },
    kind: 'comment',
    composer: 'comment-1',
  },
  {
    id: 'instagram comment, Post button',
    site: 'instagram',
    url: SITE_URLS.instagramPost,
    editor: { role: 'textbox', name: 'Add a comment…' },
    submit: { click: { role: 'button', name: 'Post' } },
    kind: 'comment',
    composer: 'comment-1',
  },
  {
    id: 'instagram comment added after load, Enter',
    site: 'instagram',
    url: SITE_URLS.instagramPost,
    open: [ADD_COMPOSER],
    editor: { css: '#posts > article:first-child textarea' },
    submit: { keys: 'Enter' },
    kind: 'comment',
    composer: 'comment-late-1',
    addedAfterLoad: true,
  },
  // LinkedIn classic: Quill.
  {
    id: 'linkedin share box, Post button',
    site: 'linkedin',
    url: SITE_URLS.linkedinClassic,
    open: [{ css: '#start-post' }],
    editor: { css: '.share-box-v2__modal .ql-editor' },
    submit: { click: { css: '.share-actions__primary-action' } },
    kind: 'post',
    composer: 'share-box',
    addedAfterLoad: true,
  },
  {
    id: 'linkedin comment, Comment button',
    site: 'linkedin',
    url: SITE_URLS.linkedinClassic,
    editor: { css: '.comments-comment-box .ql-editor' },
    submit: { click: { css: '.comments-comment-box__submit-button--cr' } },
    kind: 'comment',
    composer: 'comment-1',
  },
  {
    id: 'linkedin comment, Ctrl+Enter',
    site: 'linkedin',
    url: SITE_URLS.linkedinClassic,
    editor: { css: '.comments-comment-box .ql-editor' },
    submit: { keys: 'Control+Enter' },
    kind: 'comment',
    composer: 'comment-1',
  },
  {
    id: 'linkedin comment added after load, Comment button',
    site: 'linkedin',
    url: SITE_URLS.linkedinClassic,
    open: [ADD_COMPOSER],
    editor: { css: '#feed > .feed-shared-update-v2:first-child .ql-editor' },
    submit: { click: { css: '#feed > .feed-shared-update-v2:first-child .comments-comment-box__submit-button--cr' } },
    kind: 'comment',
    composer: 'comment-late-1',
    addedAfterLoad: true,
  },
  // LinkedIn newer UI: ProseMirror in the open shadow root of #interop-outlet.
  {
    id: 'linkedin (shadow root) share box, Post button',
    site: 'linkedin-new',
    url: SITE_URLS.linkedinNew,
    open: [{ css: '#start-post' }],
    editor: { css: '[componentkey="ShareBox_textEditor"] .ProseMirror' },
    submit: { click: { css: '#share-box .post' } },
    kind: 'post',
    composer: 'share-box',
    addedAfterLoad: true,
  },
  {
    id: 'linkedin (shadow root) comment, Ctrl+Enter',
    site: 'linkedin-new',
    url: SITE_URLS.linkedinNew,
    editor: { css: '[componentkey^="commentBox-"] .ProseMirror' },
    submit: { keys: 'Control+Enter' },
    kind: 'comment',
    composer: 'comment-1',
  },
  {
    id: 'linkedin (shadow root) comment added after load, Comment button',
    site: 'linkedin-new',
    url: SITE_URLS.linkedinNew,
    open: [ADD_COMPOSER],
    editor: { css: '#feed > article:first-child .ProseMirror' },
    submit: { click: { css: '#feed > article:first-child button' } },
    kind: 'comment',
    composer: 'comment-late-1',
    addedAfterLoad: true,
  },
];

/** One path of SUBMIT_PATHS, by its id. */
export function pathById(id: string): SubmitPath {
  const found = SUBMIT_PATHS.find((path) => path.id === id);
  if (!found) throw new Error(`no submit path "${id}"`);
  return found;
}

export function pathsFor(site: Site): SubmitPath[] {
  return SUBMIT_PATHS.filter((path) => path.site === site);
}
