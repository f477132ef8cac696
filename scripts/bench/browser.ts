// Browser figures, in real Chromium through the e2e harness (tests/e2e/harness): the time to
// type a 500-character post on the Lexical and Draft.js test pages with and without the
// extension, the size of the JavaScript the extension injects at page load and of the parts
// it loads on first need, and the JS heap of a tab with and without it.

import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createEngine, type Engine, type Verdict } from '@/rules';
import type { BenchPart } from '../bench';
import { launch, waitUntil, type Session, type TestPage } from '../../tests/e2e/harness/browsers';
import { ensureExtensionBuilt, ensureFixturesBuilt } from '../../tests/e2e/harness/build';
import { editorText, openComposer, settle } from '../../tests/e2e/harness/flows';
import { CHROME_EXTENSION_DIR, ROOT } from '../../tests/e2e/harness/paths';
import { RISKY_TEXTS } from '../../tests/e2e/harness/product-suite';
import { pathById, type SubmitPath } from '../../tests/e2e/harness/submit-paths';

const POST_LENGTH = 500;
/** Typing runs per page and per browser, after one warm-up run; the median is reported. */
const TYPING_RUNS = 5;
const HEAP_RUNS = 3;
/** Lets the debounced analysis (250 ms) run and its result settle before the heap is read. */
const AFTER_TYPING_MS = 1_000;

const TYPING_PAGES: { label: string; path: SubmitPath }[] = [
  { label: 'Lexical (Facebook page, Create post)', path: pathById('facebook Create post dialog, Post button') },
  { label: 'Draft.js (X page, home composer)', path: pathById('x home composer, Post button') },
];
const HEAP_PAGE = pathById('x home composer, Post button');

/**
 * `opening` followed by ordinary English posts (plain keys only) to `length` characters, keeping
 * only the posts after which the engine's verdict still satisfies `wanted` (a sports post, for
 * one, turns "Vote for …" into a vote for a player).
 */
function postOf(length: number, engine: Engine, wanted: (verdict: Verdict) => boolean, opening = ''): string {
  const ordinary = (JSON.parse(readFileSync(`${ROOT}/tests/unit/rules/ordinary-posts.json`, 'utf8')) as { text: string }[])
    .map((post) => post.text)
    .filter((text) => /^[ -~]+$/.test(text));
  let post = opening;
  for (const next of ordinary) {
    if (post.length >= length) break;
    const candidate = (post ? `${post} ` : '') + next;
    if (wanted(engine.analyze(candidate.slice(0, length).trimEnd()).verdict)) post = candidate;
  }
  post = post.slice(0, length).trimEnd();
  if (post.length < length - 1 || !wanted(engine.analyze(post).verdict)) {
    throw new Error(`Could not make a ${length}-character post of the wanted verdict from tests/unit/rules/ordinary-posts.json`);
  }
  return post;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

const log = (line: string) => process.stderr.write(`${line}\n`);

/**
 * A private copy of the built extension (rebuilt first when stale), so that a rebuild meanwhile
 * cannot change what is measured. Another build of .output at the same moment (a test run in
 * another terminal) can break this one or the copy: it is tried again.
 */
async function snapshotChromeBuild(): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tbyp-bench-build-'));
    try {
      ensureExtensionBuilt(log);
      cpSync(CHROME_EXTENSION_DIR, dir, { recursive: true });
      if (!existsSync(path.join(dir, 'manifest.json'))) throw new Error(`${CHROME_EXTENSION_DIR} changed while it was copied`);
      return dir;
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      if (attempt === 3) throw error;
      log(`The extension build or its copy failed (${String(error).split('\n')[0]}); trying again`);
      await settle(10_000);
    }
  }
}

interface ContentScriptManifest {
  content_scripts?: { js?: string[]; css?: string[] }[];
  web_accessible_resources?: { resources: string[] }[];
}

function sizeLines(buildDir: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(buildDir, 'manifest.json'), 'utf8')) as ContentScriptManifest;
  const injected = [...new Set((manifest.content_scripts ?? []).flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]))];
  const lazy = [...new Set((manifest.web_accessible_resources ?? []).flatMap((entry) => entry.resources))].filter((file) => file.endsWith('.js'));
  const measure = (file: string) => {
    const bytes = readFileSync(path.join(buildDir, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes).length };
  };
  const injectedSizes = injected.map(measure);
  const injectedGzip = injectedSizes.reduce((sum, size) => sum + size.gzip, 0);
  const lines = ['| file | when it loads | minified | gzip | goal |', '|---|---|---|---|---|'];
  for (const size of injectedSizes) lines.push(`| ${size.file} | every page of the four sites, at load | ${kb(size.raw)} | ${kb(size.gzip)} | |`);
  lines.push(`| **injected at page load, total** | | | **${kb(injectedGzip)}** | ≤ 60 KB gzip: ${injectedGzip <= 60 * 1024 ? 'met' : 'NOT MET'} |`);
  for (const size of lazy.map(measure)) {
    const when = size.file.includes('dialog') ? 'first non-ok verdict (the dialog, React)' : 'first compose box (rules, settings)';
    lines.push(`| ${size.file} | ${when} | ${kb(size.raw)} | ${kb(size.gzip)} | none (loaded on first need) |`);
  }
  return lines;
}

interface TypingRun {
  /** Wall-clock time from the first key to the last. */
  elapsed: number;
  /** CPU time of the tab's main thread meanwhile (the page's and the content script's work). */
  mainThreadCpu: number;
}

/** The page's DevTools protocol (Chromium). */
function devtools(page: TestPage): NonNullable<TestPage['devtools']> {
  if (!page.devtools) throw new Error('These figures need the DevTools protocol (Chromium)');
  return page.devtools;
}

async function metric(page: TestPage, name: string): Promise<number> {
  await devtools(page)('Performance.enable');
  const { metrics } = (await devtools(page)('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const value = metrics.find((candidate) => candidate.name === name)?.value;
  if (value === undefined) throw new Error(`No ${name} metric from this browser`);
  return value;
}

interface CpuProfile {
  nodes: { id: number; callFrame: { url: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** Of a sampled CPU profile: time the main thread was busy, and busy under a frame of the extension's scripts. */
function extensionShare(profile: CpuProfile, extensionBaseUrl: string): { busy: number; extension: number } {
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const nodeById = new Map(profile.nodes.map((node) => [node.id, node]));
  const underExtension = (id: number | undefined): boolean =>
    id !== undefined && (nodeById.get(id)!.callFrame.url.startsWith(extensionBaseUrl) || underExtension(parentOf.get(id)));
  let busy = 0;
  let extension = 0;
  profile.samples.forEach((id, index) => {
    if ((nodeById.get(id)!.callFrame as { functionName?: string }).functionName === '(idle)') return;
    const ms = profile.timeDeltas[index] / 1000;
    busy += ms;
    if (underExtension(id)) extension += ms;
  });
  return { busy, extension };
}

/** Opens the composer on a fresh page, clicks into it and, with the extension, waits until its badge shows (its rules have loaded). */
async function readyToType(session: Session, hasExtension: boolean, target: SubmitPath): Promise<TestPage> {
  const page = await session.newPage();
  await openComposer(page, target);
  await page.click(target.editor);
  if (hasExtension) await waitUntil('the badge', () => page.toolkit<string | null>('nearestStatus', target.editor), { timeout: 20_000 });
  return page;
}

async function expectTyped(page: TestPage, target: SubmitPath, post: string): Promise<void> {
  // Each key is acknowledged by the page before the next is sent: the text is there already.
  const typed = await editorText(page, target);
  if (typed !== post) throw new Error(`The ${target.site} editor holds ${JSON.stringify(typed.slice(0, 80))}… instead of the post`);
}

/**
 * Types the post with real key events. With the extension, the clock starts once its badge
 * shows, so that the figure is the cost per key, not the one-off load measured under "Size".
 */
async function timeTyping(session: Session, hasExtension: boolean, target: SubmitPath, post: string): Promise<TypingRun> {
  const page = await readyToType(session, hasExtension, target);
  try {
    const cpuBefore = await metric(page, 'ThreadTime');
    const started = performance.now();
    await page.type(post);
    const elapsed = performance.now() - started;
    const mainThreadCpu = ((await metric(page, 'ThreadTime')) - cpuBefore) * 1000;
    await expectTyped(page, target, post);
    return { elapsed, mainThreadCpu };
  } finally {
    await page.close();
  }
}

/** Types the post under V8's sampling profiler (with the extension): how much of the busy time is the content script's own code. */
async function profileTyping(session: Session, target: SubmitPath, post: string): Promise<{ busy: number; extension: number }> {
  const page = await readyToType(session, true, target);
  try {
    const send = devtools(page);
    await send('Profiler.enable');
    await send('Profiler.setSamplingInterval', { interval: 200 });
    await send('Profiler.start');
    await page.type(post);
    const { profile } = (await send('Profiler.stop')) as { profile: CpuProfile };
    await expectTyped(page, target, post);
    return extensionShare(profile, session.extensionBaseUrl);
  } finally {
    await page.close();
  }
}

async function heapAfterTyping(session: Session, hasExtension: boolean, post: string): Promise<number> {
  const page: TestPage = await session.newPage();
  try {
    await openComposer(page, HEAP_PAGE);
    await page.typeInto(HEAP_PAGE.editor, post);
    await waitUntil('the post in the editor', async () => (await editorText(page, HEAP_PAGE)) === post);
    if (hasExtension) await waitUntil('the badge', () => page.toolkit<string | null>('nearestStatus', HEAP_PAGE.editor), { timeout: 20_000 });
    await settle(AFTER_TYPING_MS);
    await devtools(page)('HeapProfiler.collectGarbage');
    return await metric(page, 'JSHeapUsedSize');
  } finally {
    await page.close();
  }
}

const part: BenchPart = {
  title: 'In the browser (Chromium)',
  async run() {
    await ensureFixturesBuilt(log);
    const buildDir = await snapshotChromeBuild();
    const engine = createEngine();
    const cleanPost = postOf(POST_LENGTH, engine, (verdict) => verdict === 'ok');
    const riskyPost = postOf(POST_LENGTH, engine, (verdict) => verdict === 'stop', RISKY_TEXTS[1]);

    const withExtension = await launch('chromium', { extension: { dir: buildDir } });
    const without = await launch('chromium', { extension: 'none' });
    const lines: string[] = [];
    try {
      const probe = await without.newPage();
      const userAgent = await probe.evaluate<string>('navigator.userAgent');
      await probe.close();
      const version = /Chrome\/([\d.]+)/.exec(userAgent)?.[1] ?? 'unknown version';
      lines.push(
        `Chromium ${version}, headless, through the e2e harness (tests/e2e/harness): the test pages under the sites' URLs, real key events. Chromium only: Firefox is not measured here.`,
        '',
        `### Typing a ${cleanPost.length}-character post`,
        '',
        `Time from the first key to the last (each key acknowledged by the page before the next is sent), median of ${TYPING_RUNS} runs after one warm-up, each on a freshly loaded page; runs alternate between the two browsers so that load on the machine falls on both. With the extension, the clock starts once its badge shows (rules loaded). The post is ordinary (no finding), so no dialog opens.`,
        '',
        `The goal is on the typing time. Beside it, two figures that other processes on a shared machine disturb less: the tab's main-thread CPU time while typing (DevTools ThreadTime, the page's and the content script's work), and, from one more run with the extension under V8's sampling profiler, the part of the main thread's busy time spent in the content script's own code (both parts measured in the same run).`,
        '',
        '| editor | typing: without the extension | with | ratio | goal | main-thread CPU: without | with | ratio | content script in the busy time |',
        '|---|---|---|---|---|---|---|---|---|',
      );
      for (const { label, path: target } of TYPING_PAGES) {
        const runs = { with: [] as TypingRun[], without: [] as TypingRun[] };
        for (let run = 0; run <= TYPING_RUNS; run++) {
          const order = run % 2 ? (['without', 'with'] as const) : (['with', 'without'] as const);
          for (const which of order) {
            const measured = await timeTyping(which === 'with' ? withExtension : without, which === 'with', target, cleanPost);
            if (run > 0) runs[which].push(measured);
          }
        }
        const typing = { with: median(runs.with.map((r) => r.elapsed)), without: median(runs.without.map((r) => r.elapsed)) };
        const cpu = { with: median(runs.with.map((r) => r.mainThreadCpu)), without: median(runs.without.map((r) => r.mainThreadCpu)) };
        const ratio = typing.with / typing.without;
        const share = await profileTyping(withExtension, target, cleanPost);
        lines.push(
          `| ${label} | ${typing.without.toFixed(0)} ms | ${typing.with.toFixed(0)} ms | ${ratio.toFixed(3)} | ≤ 1.03: ${ratio <= 1.03 ? 'met' : 'NOT MET'} | ${cpu.without.toFixed(0)} ms | ${cpu.with.toFixed(0)} ms | ${(cpu.with / cpu.without).toFixed(3)} | ${share.extension.toFixed(0)} of ${share.busy.toFixed(0)} ms (${((100 * share.extension) / share.busy).toFixed(1)} %) |`,
        );
      }

      lines.push('', '### Size of the JavaScript', '', `From the built extension (.output/chrome-mv3, rebuilt first when stale); gzip at zlib's default level.`, '', ...sizeLines(buildDir));

      lines.push(
        '',
        '### JS heap of an X tab',
        '',
        `JSHeapUsedSize from the DevTools protocol (Performance.getMetrics) after HeapProfiler.collectGarbage, once a ${POST_LENGTH}-character post has been typed into the home composer and the analysis has run; median of ${HEAP_RUNS} fresh pages. It counts every JavaScript world of the tab (the page's and the content script's), not the extension's background. Issue 5 sets no goal for it.`,
        '',
        '| post | without the extension | with the extension | added by the extension |',
        '|---|---|---|---|',
      );
      for (const [label, post] of [
        ['ordinary (rules loaded)', cleanPost],
        ['with a finding (rules and the dialog code loaded)', riskyPost],
      ] as const) {
        const heaps = { with: [] as number[], without: [] as number[] };
        for (let run = 0; run < HEAP_RUNS; run++) {
          heaps.without.push(await heapAfterTyping(without, false, post));
          heaps.with.push(await heapAfterTyping(withExtension, true, post));
        }
        const added = median(heaps.with) - median(heaps.without);
        lines.push(`| ${label} | ${mb(median(heaps.without))} | ${mb(median(heaps.with))} | ${mb(added)} |`);
      }
    } finally {
      await withExtension.close();
      await without.close();
      rmSync(buildDir, { recursive: true, force: true });
    }
    return lines;
  },
};

export default part;
