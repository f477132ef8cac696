// Findings' excerpts underlined by boxes drawn in the overlay's shadow root, over the text but
// never inside the editor: the editor's DOM is only read (Range objects do not change it).
// Textareas have no text nodes, so their text is laid out again in a hidden mirror.
import type { Finding } from '@/rules/types';

export interface Highlights {
  /** Redraws the boxes for these findings of `text` as currently laid out in `editor`. */
  draw(editor: HTMLElement, text: string, findings: Finding[]): void;
  clear(): void;
  remove(): void;
}

/** How many times `needle` occurs in `haystack` before `end` (non-overlapping, left to right). */
function occurrencesBefore(haystack: string, needle: string, end: number): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1 && at < end; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

function nthIndexOf(haystack: string, needle: string, n: number): number {
  let at = haystack.indexOf(needle);
  for (let seen = 0; at !== -1 && seen < n; seen++) at = haystack.indexOf(needle, at + needle.length);
  return at;
}

/** The editor's text nodes and their text joined, built once per drawing. */
interface TextIndex {
  nodes: Text[];
  starts: number[];
  joined: string;
}

function indexText(editor: HTMLElement): TextIndex {
  const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
  const index: TextIndex = { nodes: [], starts: [], joined: '' };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    index.nodes.push(node as Text);
    index.starts.push(index.joined.length);
    index.joined += (node as Text).data;
  }
  return index;
}

/**
 * A Range over the same excerpt in the editor's text nodes. The offsets are in innerText,
 * which adds line breaks between blocks that the text nodes do not hold, so the excerpt is
 * found by its occurrence number instead of its offset.
 */
function rangeFor({ nodes, starts, joined }: TextIndex, text: string, finding: Finding): Range | null {
  if (!finding.excerpt.trim()) return null;
  const start = nthIndexOf(joined, finding.excerpt, occurrencesBefore(text, finding.excerpt, finding.start));
  if (start === -1) return null;
  const end = start + finding.excerpt.length;
  const locate = (offset: number, isEnd: boolean) => {
    let at = nodes.length - 1;
    while (at > 0 && (isEnd ? starts[at] >= offset : starts[at] > offset)) at--;
    return { node: nodes[at], offset: offset - starts[at] };
  };
  const from = locate(start, false);
  const to = locate(end, true);
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

const MIRRORED_STYLES = [
  'font', 'letterSpacing', 'wordSpacing', 'textTransform', 'textIndent', 'lineHeight', 'tabSize',
  'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderStyle', 'direction',
] as const;

/** Client rects of the excerpt in a textarea, measured on a copy laid out the same way. */
function textareaRects(mirror: HTMLDivElement, textarea: HTMLTextAreaElement, finding: Finding): DOMRect[] {
  const style = getComputedStyle(textarea);
  for (const property of MIRRORED_STYLES) mirror.style[property] = style[property];
  const box = textarea.getBoundingClientRect();
  Object.assign(mirror.style, { left: `${box.left}px`, top: `${box.top - textarea.scrollTop}px`, width: `${box.width}px`, height: `${box.height + textarea.scrollTop}px` });
  const value = textarea.value;
  const marked = document.createElement('span');
  marked.textContent = value.slice(finding.start, finding.end);
  mirror.replaceChildren(value.slice(0, finding.start), marked, value.slice(finding.end));
  const rects = Array.from(marked.getClientRects());
  return rects.filter((rect) => rect.bottom > box.top && rect.top < box.bottom);
}

export function createHighlights(shadow: ShadowRoot): Highlights {
  const layer = document.createElement('div');
  const mirror = document.createElement('div');
  mirror.className = 'mirror';
  mirror.setAttribute('aria-hidden', 'true');
  layer.setAttribute('aria-hidden', 'true');
  shadow.append(layer, mirror);

  return {
    draw(editor, text, findings) {
      const boxes: HTMLElement[] = [];
      const visible = editor.getBoundingClientRect();
      const textIndex = editor instanceof HTMLTextAreaElement ? undefined : indexText(editor);
      for (const finding of findings) {
        const rects = textIndex
          ? Array.from(rangeFor(textIndex, text, finding)?.getClientRects() ?? [])
          : textareaRects(mirror, editor as HTMLTextAreaElement, finding);
        for (const rect of rects) {
          if (rect.bottom < visible.top || rect.top > visible.bottom) continue;
          const box = document.createElement('div');
          box.className = 'highlight';
          box.dataset.severity = finding.severity;
          Object.assign(box.style, { left: `${rect.left}px`, top: `${rect.top}px`, width: `${rect.width}px`, height: `${rect.height}px` });
          boxes.push(box);
        }
      }
      mirror.replaceChildren();
      layer.replaceChildren(...boxes);
    },
    clear() {
      layer.replaceChildren();
    },
    remove() {
      layer.remove();
      mirror.remove();
    },
  };
}
