// Where the extension's hosts (badges, dialog) attach. While the page shows a modal <dialog>, the
// rest of the page is inert and drawn below it in the top layer: a host outside it could be seen
// but not used, and a held post would wait on a dialog no one can answer. Inside it, it can.

/** The page's open modal <dialog> (the last one when several are open), else the root element. */
export function hostParent(): Element {
  let modals: NodeListOf<Element> | Element[] = [];
  try {
    modals = document.querySelectorAll('dialog:modal');
  } catch {
    // A browser without :modal has no modal dialogs to reckon with.
  }
  return modals[modals.length - 1] ?? document.documentElement;
}
