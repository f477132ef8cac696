/**
 * Generality (issue 3): the same four sites shaped otherwise — French or Spanish UI, no
 * data-testid, other nesting, boxes in open shadow roots, dialogs that appear later
 * (tests/fixtures/variants/NAME/, served under the sites' URLs with `?variant=NAME`). The adapters were not
 * written against these pages' markup: they find the boxes by role, label and structure. For each
 * path, in both browsers: a clean post goes straight through, a risky one opens the dialog, and
 * Post anyway publishes it once, unchanged.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, launch, waitUntil, type Session, type TestPage } from './harness/browsers';
import { expectPublishedOnce, openComposer, published, settle, submit, typeIn } from './harness/flows';
import { CLEAN_TEXT, RISKY_TEXTS } from './harness/product-suite';
import { SITE_URLS } from './harness/routes';
import type { SubmitPath } from './harness/submit-paths';
import { POST_ANYWAY_BUTTON, PRE_SUBMIT_DIALOG } from './harness/ui-contract';

const variantOf = (name: string) => (url: string) => `${url}${url.includes('?') ? '&' : '?'}variant=${name}`;
const variantA = variantOf('a');
const variantB = variantOf('b');
const FIRST_ARTICLE = '#posts > article:first-child';

const VARIANT_PATHS: SubmitPath[] = [
  {
    id: 'x (French, no data-testid) home composer, Poster',
    site: 'x',
    url: variantA(SITE_URLS.xHome),
    editor: { css: '#composer-home [role="textbox"]' },
    submit: { click: { role: 'button', name: 'Poster' } },
    kind: 'post',
    composer: 'home',
  },
  {
    id: 'x (French) reply dialog opened later, Ctrl+Enter',
    site: 'x',
    url: variantA(SITE_URLS.xHome),
    open: [{ role: 'button', name: 'Répondre' }],
    editor: { css: '[role="dialog"] [role="textbox"]' },
    submit: { keys: 'Control+Enter' },
    kind: 'reply',
    composer: 'reply-dialog',
  },
  {
    id: 'x (French) reply dialog opened later, Répondre',
    site: 'x',
    url: variantA(SITE_URLS.xHome),
    open: [{ role: 'button', name: 'Répondre' }],
    editor: { css: '[role="dialog"] [role="textbox"]' },
    submit: { click: { css: '[role="dialog"] .submit [role="button"]' } },
    kind: 'reply',
    composer: 'reply-dialog',
  },
  {
    id: 'facebook (Spanish, no form, no role=article) comment, Enter',
    site: 'facebook',
    url: variantA(SITE_URLS.facebook),
    editor: { role: 'textbox', name: 'Escribe un comentario…' },
    submit: { keys: 'Enter' },
    kind: 'comment',
    composer: 'comment-1',
  },
  {
    id: 'facebook (Spanish) comment, Comentar',
    site: 'facebook',
    url: variantA(SITE_URLS.facebook),
    editor: { role: 'textbox', name: 'Escribe un comentario…' },
    submit: { click: { role: 'button', name: 'Comentar' } },
    kind: 'comment',
    composer: 'comment-1',
  },
  {
    id: 'facebook (Spanish) Crear publicación dialog opened later, Publicar',
    site: 'facebook',
    url: variantA(SITE_URLS.facebook),
    open: [{ css: '#open-create-post' }],
    editor: { role: 'textbox', name: '¿Qué estás pensando, Jane?' },
    submit: { click: { role: 'button', name: 'Publicar' } },
    kind: 'post',
    composer: 'create-post',
  },
  {
    id: 'instagram (French) comment, Enter',
    site: 'instagram',
    url: variantA(SITE_URLS.instagramPost),
    editor: { css: `${FIRST_ARTICLE} textarea` },
    submit: { keys: 'Enter' },
    kind: 'comment',
    composer: 'comment-1',
  },
  {
    id: 'instagram (French) comment, Publier (a real submit button)',
    site: 'instagram',
    url: variantA(SITE_URLS.instagramPost),
    editor: { css: `${FIRST_ARTICLE} textarea` },
    submit: { click: { css: `${FIRST_ARTICLE} button[type="submit"]` } },
    kind: 'comment',
    composer: 'comment-1',
  },
  {
    id: 'instagram (French) Créer dialog with a photo, Partager',
    site: 'instagram',
    url: variantA(SITE_URLS.instagramPost),
    open: [{ css: '#open-create' }],
    editor: { role: 'textbox', name: 'Écrivez une légende…' },
    submit: { click: { role: 'button', name: 'Partager' } },
    kind: 'post',
    composer: 'create',
  },
  {
    id: 'linkedin (Spanish) share dialog (Quill, no share-actions class), Publicar',
    site: 'linkedin',
    url: variantA(SITE_URLS.linkedinClassic),
    open: [{ css: '#start-post' }],
    editor: { css: '[role="dialog"] .ql-editor' },
    submit: { click: { role: 'button', name: 'Publicar' } },
    kind: 'post',
    composer: 'share-box',
  },
  {
    id: 'linkedin (Spanish) comment in a shadow root, Comentar',
    site: 'linkedin',
    url: variantA(SITE_URLS.linkedinClassic),
    editor: { role: 'textbox', name: 'Añade un comentario…' },
    submit: { click: { role: 'button', name: 'Comentar' } },
    kind: 'comment',
    composer: 'comment-1',
  },
  {
    id: 'linkedin (Spanish) comment in a shadow root, Ctrl+Enter',
    site: 'linkedin',
    url: variantA(SITE_URLS.linkedinClassic),
    editor: { role: 'textbox', name: 'Añade un comentario…' },
    submit: { keys: 'Control+Enter' },
    kind: 'comment',
    composer: 'comment-1',
  },
  // Variant B: other editors than the sites use (Lexical on X, ProseMirror on Facebook, Quill for
  // an Instagram caption, Lexical on LinkedIn), native <dialog> elements, no usual hooks.
  {
    id: 'x B (Spanish, Lexical) home composer, icon-only Postear',
    site: 'x',
    url: variantB(SITE_URLS.xHome),
    editor: { css: '#home-composer [contenteditable]' },
    submit: { click: { role: 'button', name: 'Postear' } },
    kind: 'post',
    composer: 'home',
  },
  {
    id: "x B inline reply inside the post's article, Responder beside its action bar",
    site: 'x',
    url: variantB(SITE_URLS.xHome),
    editor: { css: '#inline-reply [contenteditable]' },
    submit: { click: { css: '#inline-reply button' } },
    kind: 'reply',
    composer: 'inline-reply',
  },
  {
    id: 'x B inline reply, Ctrl+Enter',
    site: 'x',
    url: variantB(SITE_URLS.xHome),
    editor: { css: '#inline-reply [contenteditable]' },
    submit: { keys: 'Control+Enter' },
    kind: 'reply',
    composer: 'inline-reply',
  },
  {
    id: 'facebook B (French, ProseMirror) comment in a form, Enter',
    site: 'facebook',
    url: variantB(SITE_URLS.facebook),
    editor: { role: 'textbox', name: 'Écrire un commentaire public…' },
    submit: { keys: 'Enter' },
    kind: 'comment',
    composer: 'comment-1',
  },
  {
    id: 'facebook B reply under a comment (li[role=article]), Commenter',
    site: 'facebook',
    url: variantB(SITE_URLS.facebook),
    editor: { role: 'textbox', name: 'Répondre à Marie…' },
    submit: { click: { css: '#comments button[aria-label="Commenter"]' } },
    kind: 'comment',
    composer: 'reply-1',
  },
  {
    id: 'facebook B native modal <dialog> (top layer), Publier',
    site: 'facebook',
    url: variantB(SITE_URLS.facebook),
    open: [{ css: '#open-create-post' }],
    editor: { role: 'textbox', name: 'Quoi de neuf, Jane ?' },
    submit: { click: { role: 'button', name: 'Publier' } },
    kind: 'post',
    composer: 'create-post',
  },
  {
    id: 'instagram B (Spanish) Lexical comment box outside any form, Enter',
    site: 'instagram',
    url: variantB(SITE_URLS.instagramPost),
    editor: { role: 'textbox', name: 'Agrega un comentario…' },
    submit: { keys: 'Enter' },
    kind: 'comment',
    composer: 'comment-1',
  },
  {
    id: 'instagram B native <dialog> with a Quill caption, Compartir',
    site: 'instagram',
    url: variantB(SITE_URLS.instagramPost),
    open: [{ css: '#open-create' }],
    editor: { role: 'textbox', name: 'Escribe una descripción…' },
    submit: { click: { role: 'button', name: 'Compartir' } },
    kind: 'post',
    composer: 'create',
  },
  {
    id: 'linkedin B (French, Lexical) inline share box, Publier',
    site: 'linkedin',
    url: variantB(SITE_URLS.linkedinClassic),
    editor: { css: '#share [contenteditable]' },
    submit: { click: { role: 'button', name: 'Publier' } },
    kind: 'post',
    composer: 'share-box',
  },
  {
    id: 'linkedin B comment box with no comment hook or label, Commenter',
    site: 'linkedin',
    url: variantB(SITE_URLS.linkedinClassic),
    editor: { css: '#comment [contenteditable]' },
    submit: { click: { role: 'button', name: 'Commenter' } },
    kind: 'comment',
    composer: 'comment-1',
  },
];

const dialogCount = (page: TestPage) => page.toolkit<number>('count', PRE_SUBMIT_DIALOG);

describe.each(BROWSERS)('variant pages in %s', (browserName) => {
  let session: Session;
  let page: TestPage;
  beforeAll(async () => {
    session = await launch(browserName);
    page = await session.newPage();
  });
  afterAll(() => session?.close());

  const cases = VARIANT_PATHS.map((path, index) => ({ ...path, risky: RISKY_TEXTS[index % RISKY_TEXTS.length] }));

  test.each(cases)('$id: clean goes straight through; risky opens the dialog; Post anyway publishes once', async (path) => {
    await openComposer(page, path);
    await typeIn(page, path, CLEAN_TEXT);
    await submit(page, path);
    await expectPublishedOnce(page, path, CLEAN_TEXT);
    await settle();
    expect(await dialogCount(page)).toBe(0);

    await openComposer(page, path);
    await typeIn(page, path, path.risky);
    await submit(page, path);
    await waitUntil('the pre-submit dialog', () => dialogCount(page), { timeout: 10_000 });
    expect(await published(page)).toEqual([]);
    await page.click(POST_ANYWAY_BUTTON);
    await expectPublishedOnce(page, path, path.risky);
    await settle();
    await expectPublishedOnce(page, path, path.risky);
    expect(await dialogCount(page)).toBe(0);
  });

  test('the extension made no network request', () => {
    expect(session.blocked).toEqual([]);
  });
});
