// Site adapters on HTML snippets shaped like each site's compose boxes (markup as described
// in shared/SITES.md; the e2e test pages carry the real editors). No layout here: these check
// recognition, kinds, submit controls and keys.
import { afterEach, describe, expect, it } from 'vitest';
import { adapterForHost } from '@/entrypoints/content/sites';
import type { SiteAdapter } from '@/entrypoints/content/sites/types';

function page(html: string): void {
  document.body.innerHTML = html;
}
const $ = <T extends Element = HTMLElement>(selector: string, root: ParentNode = document) => root.querySelector(selector) as unknown as T;

function keydown(init: KeyboardEventInit): KeyboardEvent {
  return new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, ...init });
}

function composerAt(adapter: SiteAdapter, selector: string, root: ParentNode = document) {
  const composer = adapter.recognise($(selector, root));
  if (!composer) throw new Error(`not recognised: ${selector}`);
  return composer;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('adapterForHost', () => {
  it.each([
    ['x.com', 'x'],
    ['twitter.com', 'x'],
    ['www.facebook.com', 'facebook'],
    ['web.facebook.com', 'facebook'],
    ['www.instagram.com', 'instagram'],
    ['www.linkedin.com', 'linkedin'],
  ])('%s → %s', (host, platform) => {
    expect(adapterForHost(host)?.platform).toBe(platform);
  });

  it('has no adapter for other hosts', () => {
    expect(adapterForHost('example.org')).toBeUndefined();
    expect(adapterForHost('m.facebook.com')).toBeUndefined();
  });
});

describe('X (Draft.js)', () => {
  const x = adapterForHost('x.com')!;
  const draftBox = (index: number) => `
    <div data-testid="tweetTextarea_${index}RichTextInputContainer">
      <div class="notranslate public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_${index}">
        <div data-contents="true"><div data-block="true"><span data-text="true">Hello</span></div></div>
      </div>
    </div>`;

  it('finds the home composer, its Post button, and takes Ctrl/Cmd+Enter as submit', () => {
    page(`<div data-testid="primaryColumn">${draftBox(0)}<button data-testid="tweetButtonInline">Post</button></div>`);
    const [composer, ...others] = x.findComposers(document);
    expect(others).toHaveLength(0);
    expect(composer.editor).toBe($('[data-testid="tweetTextarea_0"]'));
    expect(x.kindOf(composer)).toBe('post');
    expect(x.findSubmitControl(composer)).toBe($('[data-testid="tweetButtonInline"]'));
    expect(x.isSubmitKey(keydown({ ctrlKey: true }), composer)).toBe(true);
    expect(x.isSubmitKey(keydown({ metaKey: true }), composer)).toBe(true);
    expect(x.isSubmitKey(keydown({}), composer)).toBe(false);
    expect(x.isSubmitKey(keydown({ ctrlKey: true, isComposing: true }), composer)).toBe(false);
  });

  it('tells an inline reply from a post', () => {
    page(`<div data-testid="inline_reply_composer">${draftBox(0)}<button data-testid="tweetButtonInline">Reply</button></div>`);
    expect(x.kindOf(composerAt(x, '[data-testid="tweetTextarea_0"]'))).toBe('reply');
  });

  it('gives every box of a thread the modal\'s one submit button', () => {
    page(`<div role="dialog">${draftBox(0)}${draftBox(1)}<button data-testid="tweetButton">Post all</button></div>`);
    const composers = x.findComposers(document);
    expect(composers).toHaveLength(2);
    for (const composer of composers) expect(x.findSubmitControl(composer)).toBe($('[data-testid="tweetButton"]'));
  });

  it('finds the button by its label (French) when the data-testid is gone', () => {
    page(`<div data-testid="primaryColumn">${draftBox(0)}<div role="button">Poster</div></div>`);
    expect(x.findSubmitControl(composerAt(x, '[data-testid="tweetTextarea_0"]'))).toBe($('[role="button"]'));
  });

  it("never takes another post's buttons for the box's submit control", () => {
    page(`<div data-testid="primaryColumn"><div>${draftBox(0)}<button data-testid="renamed">Send it</button></div>
      <article data-testid="tweet"><div role="group"><button aria-label="Reply">Reply</button></div></article></div>`);
    expect(x.findSubmitControl(composerAt(x, '[data-testid="tweetTextarea_0"]'))).toBeNull();
  });

  it('still reads a Draft.js box without its data-testid', () => {
    page(`<div data-testid="primaryColumn"><div class="public-DraftEditor-content" contenteditable="true" role="textbox">x</div>
      <button data-testid="tweetButtonInline">Post</button></div>`);
    const composer = composerAt(x, '.public-DraftEditor-content');
    expect(composer.spec).toBeDefined();
    expect(x.findSubmitControl(composer)).toBe($('button'));
  });

  it('takes a renamed textbox as a composer, but finds no submit control when none has a known name', () => {
    page(`<div><div contenteditable="true" role="textbox" data-testid="renamedEditor">x</div><button data-testid="renamed">Send it</button></div>`);
    const composer = composerAt(x, '[data-testid="renamedEditor"]');
    expect(x.kindOf(composer)).toBe('post');
    expect(x.findSubmitControl(composer)).toBeNull();
  });

  it('guards any editable box near a Post button, whatever its attributes (plaintext-only, no role)', () => {
    page(`<div><div contenteditable="plaintext-only" data-testid="renamedEditor">x</div><button>Post</button></div>`);
    const composer = composerAt(x, '[data-testid="renamedEditor"]');
    expect(x.findSubmitControl(composer)).toBe($('button'));
    expect(x.isSubmitKey(keydown({ ctrlKey: true }), composer)).toBe(true);
  });

  it('leaves direct messages alone', () => {
    page(`<div data-testid="DmScrollerContainer"><div contenteditable="true" role="textbox" data-testid="dmComposerTextInput">hi</div></div>`);
    expect(x.findComposers(document)).toHaveLength(0);
  });

  it('counts attached images', () => {
    page(`<div data-testid="primaryColumn">${draftBox(0)}
      <div data-testid="attachments"><img src="blob:a"><img src="blob:b"></div><button data-testid="tweetButtonInline">Post</button></div>`);
    expect(x.countAttachments(composerAt(x, '[data-testid="tweetTextarea_0"]'))).toBe(2);
  });
});

describe('Facebook (Lexical)', () => {
  const facebook = adapterForHost('www.facebook.com')!;
  const lexical = (label: string) =>
    `<div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="${label}"><p><span data-lexical-text="true">Hi</span></p></div>`;

  it('takes Enter as submit in a comment box, but not Shift+Enter, IME or an open mention menu', () => {
    page(`<div role="article"><form>${lexical('Write a comment…')}<div role="button" aria-label="Comment">Send</div></form></div>`);
    const composer = composerAt(facebook, '[contenteditable]');
    expect(facebook.kindOf(composer)).toBe('comment');
    expect(facebook.findSubmitControl(composer)).toBe($('[aria-label="Comment"]'));
    expect(facebook.isSubmitKey(keydown({}), composer)).toBe(true);
    expect(facebook.isSubmitKey(keydown({ shiftKey: true }), composer)).toBe(false);
    expect(facebook.isSubmitKey(keydown({ isComposing: true }), composer)).toBe(false);
    composer.editor.setAttribute('aria-expanded', 'true');
    expect(facebook.isSubmitKey(keydown({}), composer)).toBe(false);
  });

  it('recognises a comment box in French and Spanish', () => {
    page(`<form>${lexical('Écrivez un commentaire…')}</form><form>${lexical('Escribe un comentario…')}</form>`);
    expect(facebook.findComposers(document).map((composer) => facebook.kindOf(composer))).toEqual(['comment', 'comment']);
  });

  it('finds the Post button of the "Create post" dialog, not Enter', () => {
    page(`<div role="dialog">${lexical("What's on your mind, Jane?")}<div role="button" aria-label="Publier"><span>Publier</span></div></div>`);
    const composer = composerAt(facebook, '[contenteditable]');
    expect(facebook.kindOf(composer)).toBe('post');
    expect(facebook.findSubmitControl(composer)).toBe($('[aria-label="Publier"]'));
    expect(facebook.isSubmitKey(keydown({}), composer)).toBe(false);
  });

  it('only takes the root of an editable region as a box', () => {
    page(`<div role="dialog">${lexical('Post')}</div>`);
    $('p').setAttribute('contenteditable', 'true');
    expect(facebook.findComposers(document)).toHaveLength(1);
  });
});

describe('Instagram', () => {
  const instagram = adapterForHost('www.instagram.com')!;

  it('reads a comment textarea by its value; Enter submits; the Post control is found by label', () => {
    page(`<form><textarea aria-label="Add a comment…"></textarea><div role="button">Post</div></form>`);
    const composer = composerAt(instagram, 'textarea');
    ($('textarea') as HTMLTextAreaElement).value = 'Nice <b>photo</b>';
    expect(instagram.readText(composer.editor)).toBe('Nice <b>photo</b>');
    expect(instagram.kindOf(composer)).toBe('comment');
    expect(instagram.isSubmitKey(keydown({}), composer)).toBe(true);
    expect(instagram.findSubmitControl(composer)).toBe($('[role="button"]'));
  });

  it('a textarea outside any form is a comment box only when its label says so', () => {
    page(`<section><textarea placeholder="Ajouter un commentaire…"></textarea><div role="button">Publier</div></section>
      <section><textarea aria-label="Bio"></textarea><button>Submit</button></section>`);
    const comment = composerAt(instagram, 'textarea[placeholder]');
    expect(instagram.kindOf(comment)).toBe('comment');
    expect(instagram.findSubmitControl(comment)?.textContent).toBe('Publier');
    const bio = composerAt(instagram, 'textarea[aria-label="Bio"]');
    expect(bio.spec).toBeUndefined();
    expect(instagram.isSubmitKey(keydown({}), bio)).toBe(false);
  });

  it('reads a box it cannot place (no label, outside any dialog) but does not guard it', () => {
    page(`<section><div contenteditable="true" role="textbox"></div><div role="button">Post</div></section>`);
    const composer = composerAt(instagram, '[contenteditable]');
    expect(composer.spec).toBeUndefined();
    expect(instagram.findSubmitControl(composer)).toBeNull();
    expect(instagram.isSubmitKey(keydown({}), composer)).toBe(false);
  });

  it('finds the caption box of a native <dialog> and its « Partager » control', () => {
    page(`<dialog open><header><div role="button">Partager</div></header><div contenteditable="true" aria-label="Écrivez une légende…"></div></dialog>`);
    const composer = composerAt(instagram, '[contenteditable]');
    expect(instagram.kindOf(composer)).toBe('post');
    expect(instagram.findSubmitControl(composer)?.textContent).toBe('Partager');
  });

  it('finds the caption box of the Create dialog and its Share control (Spanish)', () => {
    page(`<div role="dialog"><div role="button">Compartir</div><img src="blob:x">
      <div contenteditable="true" role="textbox" aria-label="Escribe una descripción..."></div></div>`);
    const composer = composerAt(instagram, '[contenteditable]');
    expect(instagram.kindOf(composer)).toBe('post');
    expect(instagram.findSubmitControl(composer)?.textContent).toBe('Compartir');
    expect(instagram.countAttachments(composer)).toBe(1);
  });
});

describe('LinkedIn', () => {
  const linkedin = adapterForHost('www.linkedin.com')!;

  it('classic comment box (Quill): its submit button and Ctrl+Enter', () => {
    page(`<div class="comments-comment-box"><form class="comments-comment-box__form">
      <div class="ql-container"><div class="ql-editor" contenteditable="true" role="textbox" aria-label="Text editor for creating content"><p>Hi</p></div></div>
      <button type="submit" class="comments-comment-box__submit-button--cr"><span>Comment</span></button></form></div>`);
    const composer = composerAt(linkedin, '.ql-editor');
    expect(linkedin.kindOf(composer)).toBe('comment');
    expect(linkedin.findSubmitControl(composer)).toBe($('button'));
    expect(linkedin.isSubmitKey(keydown({ ctrlKey: true }), composer)).toBe(true);
  });

  it('classic share box (Quill)', () => {
    page(`<div role="dialog" class="share-box"><div class="ql-editor" contenteditable="true" role="textbox"></div>
      <button class="share-actions__primary-action">Publier</button></div>`);
    const composer = composerAt(linkedin, '.ql-editor');
    expect(linkedin.kindOf(composer)).toBe('post');
    expect(linkedin.findSubmitControl(composer)).toBe($('button'));
  });

  it('newer UI: ProseMirror boxes inside an open shadow root', () => {
    page('<div id="interop-outlet"></div>');
    const shadow = $('#interop-outlet').attachShadow({ mode: 'open' });
    shadow.innerHTML = `
      <div componentkey="commentBox-1"><div><div class="ProseMirror" contenteditable="true" role="textbox"><p>Hi</p></div></div>
        <button type="button">Comment</button></div>
      <div role="dialog"><div componentkey="ShareBox_textEditor"><div class="ProseMirror" contenteditable="true" role="textbox"></div></div>
        <div componentkey="ShareBox_actions"><button type="button">Post</button></div></div>`;
    expect(linkedin.findComposers(document)).toHaveLength(0); // document queries do not see into shadow roots
    const [comment, share] = linkedin.findComposers(shadow);
    expect(linkedin.kindOf(comment)).toBe('comment');
    expect(linkedin.findSubmitControl(comment)?.textContent).toBe('Comment');
    expect(linkedin.kindOf(share)).toBe('post');
    expect(linkedin.findSubmitControl(share)?.textContent).toBe('Post');
  });
});

describe('structural fallbacks: other labels, languages and nesting', () => {
  const x = adapterForHost('x.com')!;
  const facebook = adapterForHost('www.facebook.com')!;
  const instagram = adapterForHost('www.instagram.com')!;
  const linkedin = adapterForHost('www.linkedin.com')!;

  it('X: a Draft.js box without data-testid finds « Poster » in a toolbar beside its grand-parent', () => {
    page(`<section><div><div><div><div class="public-DraftEditor-content" contenteditable="true" role="textbox"></div></div></div></div>
      <div class="toolbar"><div><div role="button" aria-label="Ajouter une photo">+</div></div><div><div role="button"><span><span>Poster</span></span></div></div></div></section>`);
    const composer = composerAt(x, '[role="textbox"]');
    expect(x.kindOf(composer)).toBe('post');
    expect(x.findSubmitControl(composer)?.textContent).toBe('Poster');
  });

  it('X: a dialog showing the post answered is a reply, without any data-testid', () => {
    page(`<div role="dialog"><article><p>Original</p></article>
      <div><div contenteditable="true" role="textbox"></div></div><div><button>Responder</button></div></div>`);
    const composer = composerAt(x, '[role="textbox"]');
    expect(x.kindOf(composer)).toBe('reply');
    expect(x.findSubmitControl(composer)?.textContent).toBe('Responder');
  });

  it('X: a box inside a post is a reply, and takes its own Reply button, not the post\'s action bar', () => {
    page(`<article><p>Original</p><div role="group"><button aria-label="Reply">💬</button></div>
      <div class="reply-box"><div><div contenteditable="true" role="textbox"></div></div><div><button>Reply</button></div></div></article>`);
    const composer = composerAt(x, '[role="textbox"]');
    expect(x.kindOf(composer)).toBe('reply');
    expect(x.findSubmitControl(composer)).toBe($('.reply-box button'));
  });

  it('a control whose visible name carries an icon or punctuation is found by its word', () => {
    page(`<div role="dialog"><div contenteditable="true" role="textbox"></div><div><button><span aria-hidden="true">➤</span> Enviar</button></div></div>`);
    const composer = composerAt(facebook, '[contenteditable]');
    expect(facebook.findSubmitControl(composer)).toBe($('button'));
  });

  it('a control named through aria-labelledby is found', () => {
    page(`<div role="dialog"><div contenteditable="true" role="textbox" data-lexical-editor="true"></div>
      <span id="publish-name">Publier</span><div role="button" aria-labelledby="publish-name"><svg></svg></div></div>`);
    const composer = composerAt(facebook, '[contenteditable]');
    expect(facebook.findSubmitControl(composer)).toBe($('[aria-labelledby]'));
  });

  it('Facebook: an unlabelled box inside a feed post is a comment (Enter submits), its send control found by its Spanish name', () => {
    page(`<div aria-posinset="1"><h4>Author</h4><div><div><div contenteditable="true" role="textbox"></div></div>
      <div><div role="button" aria-label="Me gusta">Me gusta</div><div role="button" aria-label="Comentar">➤</div></div></div></div>`);
    const composer = composerAt(facebook, '[contenteditable]');
    expect(facebook.kindOf(composer)).toBe('comment');
    expect(facebook.isSubmitKey(keydown({}), composer)).toBe(true);
    expect(facebook.findSubmitControl(composer)).toBe($('[aria-label="Comentar"]'));
  });

  it('Facebook and Instagram leave Messenger and direct messages alone', () => {
    page(`<div><div contenteditable="true" role="textbox" aria-label="Message"></div></div>
      <div><div contenteditable="true" role="textbox" aria-label="Mensaje…"></div></div>`);
    expect(facebook.findComposers(document)).toHaveLength(0);
    expect(instagram.findComposers(document)).toHaveLength(0);
  });

  it('Instagram: a rich comment box labelled in Spanish takes Enter, its control by visible text', () => {
    page(`<section><div><div contenteditable="true" role="textbox" aria-label="Agrega un comentario…"></div></div><div role="button">Publicar</div></section>`);
    const composer = composerAt(instagram, '[contenteditable]');
    expect(instagram.kindOf(composer)).toBe('comment');
    expect(instagram.isSubmitKey(keydown({}), composer)).toBe(true);
    expect(instagram.findSubmitControl(composer)?.textContent).toBe('Publicar');
  });

  it('LinkedIn: a comment box inside a custom element\'s open shadow root, under a feed update', () => {
    page('<div data-urn="urn:li:activity:1"><p>Update</p><button>Recomendar</button><comment-box></comment-box></div>');
    const shadow = $('comment-box').attachShadow({ mode: 'open' });
    shadow.innerHTML = `<div class="box"><div><div class="ProseMirror" contenteditable="true" role="textbox" aria-label="Editor de texto"></div></div>
      <div><button type="button">Comentar</button></div></div>`;
    const [composer, ...others] = linkedin.findComposers(shadow);
    expect(others).toHaveLength(0);
    expect(linkedin.kindOf(composer)).toBe('comment');
    expect(linkedin.findSubmitControl(composer)?.textContent).toBe('Comentar');
    expect(linkedin.isSubmitKey(keydown({ metaKey: true }), composer)).toBe(true);
  });

  it('LinkedIn: a share dialog whose button has no known class is found by « Publicar »', () => {
    page(`<div role="dialog"><div class="ql-container"><div class="ql-editor" contenteditable="true" role="textbox"></div></div>
      <div class="footer"><span>Cualquier persona</span><div><button class="artdeco-button"><span>Publicar</span></button></div></div></div>`);
    const composer = composerAt(linkedin, '.ql-editor');
    expect(linkedin.kindOf(composer)).toBe('post');
    expect(linkedin.findSubmitControl(composer)).toBe($('button'));
  });
});

describe('reading', () => {
  it('reads a contenteditable without changing it', () => {
    page(`<div role="dialog"><div contenteditable="true" role="textbox" data-lexical-editor="true"><p>One</p><p>Two &lt;script&gt;</p></div></div>`);
    const facebook = adapterForHost('www.facebook.com')!;
    const editor = $('[contenteditable]');
    const before = editor.innerHTML;
    const text = facebook.readText(editor);
    expect(text).toContain('One');
    expect(text).toContain('Two <script>');
    expect(editor.innerHTML).toBe(before);
  });
});
