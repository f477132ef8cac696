// Words the four sites use in English, French and Spanish, shared by the site adapters: names of
// submit controls (compared whole, case-insensitively, with a control's aria-label or visible
// text) and fragments of compose boxes' labels (matched inside aria-label / aria-placeholder).

export const SUBMIT_NAMES = {
  post: ['Post', 'Publier', 'Publicar'],
  reply: ['Reply', 'Répondre', 'Responder'],
  comment: ['Comment', 'Commenter', 'Comentar'],
  share: ['Share', 'Partager', 'Compartir', 'Share now', 'Partager maintenant', 'Compartir ahora'],
  send: ['Send', 'Envoyer', 'Enviar'],
} as const;

/** "Write a comment…", « Écrivez un commentaire… », "Escribe un comentario…", "Reply to…", « Répondre à… », "Responder a…". */
const COMMENT_BOX_WORDS = ['comment', 'coment', 'reply', 'répon', 'respon'];

const LABEL_ATTRIBUTES = ['aria-label', 'aria-placeholder', 'placeholder'];

/** Selectors for the editable elements in `editor` whose label says they take a comment or a reply. */
export function labelledAsComment(editor: string): string {
  return COMMENT_BOX_WORDS.flatMap((word) => LABEL_ATTRIBUTES.map((attribute) => `${editor}[${attribute}*="${word}" i]`)).join(', ');
}

/** Every kind of contenteditable region a site may use for a compose box (the attribute's value is case-insensitive). */
export const EDITABLE_ROOT = '[contenteditable="true" i], [contenteditable=""], [contenteditable="plaintext-only" i]';
/** The same, as one compound selector that can take more conditions (`${CONTENTEDITABLE}[role="textbox"]`). */
export const CONTENTEDITABLE = `:is(${EDITABLE_ROOT})`;
/** Dialogs, whether an ARIA role or the native element. */
export const DIALOG = ':is([role="dialog"], [role="alertdialog"], dialog)';
