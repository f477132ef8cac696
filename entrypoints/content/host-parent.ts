// Where the extension's hosts (badges, dialog) attach. While the page shows a modal <dialog>, the
// rest of the page is inert and drawn below it in the top layer: a host outside it could be seen
// but not used, and a held post would wait on a dialog no one can answer. Inside it, it can.

/** Live, so that a call per drawn frame costs a look at the page's few dialogs, not a query of the whole page. */
let dialogs: HTMLCollectionOf<HTMLDialogElement> | undefined;

function isModal(dialog: HTMLDialogElement): boolean {
  try {
    return dialog.matches(':modal');
  } catch {
    return false; // a browser without :modal has no modal dialogs to reckon with
  }
}

/** The page's open modal <dialog> (the last one when several are open), else the root element. */
export function hostParent(): Element {
  dialogs ??= document.getElementsByTagName('dialog');
  for (let i = dialogs.length - 1; i >= 0; i--) {
    if (dialogs[i].open && isModal(dialogs[i])) return dialogs[i];
  }
  return document.documentElement;
}
