// The product's stylesheet, rendered inline so that it travels with the component into any
// shadow root (the dialog on a site) as well as into the extension's own pages.
import css from './theme.css?inline';

export function Styles() {
  return <style>{css}</style>;
}
