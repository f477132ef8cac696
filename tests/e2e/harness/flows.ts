/** Steps shared by the specs: open a composer, type, submit, read what was published. */
import { expect } from 'vitest';
import { waitUntil, type TestPage } from './browsers';
import type { SubmitPath } from './submit-paths';

export interface PublishedEntry {
  text: string;
  kind: string;
  composer: string;
  media: number;
}

/** Loads the path's page, reveals its composer, and waits until the editor is on screen. */
export async function openComposer(page: TestPage, path: SubmitPath): Promise<void> {
  await page.goto(path.url);
  for (const step of path.open ?? []) {
    await waitUntil(`${JSON.stringify(step)} to show`, () => page.toolkit<number>('count', step));
    await page.click(step);
  }
  await waitUntil(`the editor of "${path.id}"`, () => page.toolkit<number>('count', path.editor));
}

export async function typeIn(page: TestPage, path: SubmitPath, text: string): Promise<void> {
  await page.typeInto(path.editor, text);
}

/** Submits the way the path says; a click targets the control as a person would, with the mouse. */
export async function submit(page: TestPage, path: SubmitPath): Promise<void> {
  if ('click' in path.submit) await page.click(path.submit.click);
  else await page.press(path.submit.keys);
}

export function published(page: TestPage): Promise<PublishedEntry[]> {
  return page.toolkit<PublishedEntry[]>('published');
}

export async function editorText(page: TestPage, path: SubmitPath): Promise<string> {
  const described = await page.toolkit<{ text: string } | null>('describe', path.editor);
  return described?.text.trim() ?? '';
}

/** Waits until the page published something, then checks it is exactly one entry, from this composer. */
export async function expectPublishedOnce(page: TestPage, path: SubmitPath, text: string): Promise<void> {
  const entries = await waitUntil('the page to publish', async () => {
    const list = await published(page);
    return list.length ? list : undefined;
  });
  expect(entries).toEqual([expect.objectContaining({ text, kind: path.kind, composer: path.composer })]);
}

/** Lets the page and the extension react (a submit that should not happen has time to happen). */
export function settle(ms = 400): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
