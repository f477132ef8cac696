// Engine figures: latency per post at ~280, ~3,000 and ~30,000 characters,
// growth with length, throughput against alex on the same posts in the same
// process, and the size of the engine as shipped (minified, gzip).

import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { text as alex } from 'alex';
import { createEngine } from '@/rules';
import type { BenchPart } from '../bench';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Real sentences, flagged and ordinary, in the three languages. */
function sentencePool(): string[] {
  const corpus = readFileSync(`${root}tests/corpus/extra.jsonl`, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line).text as string);
  const ordinary = (JSON.parse(readFileSync(`${root}tests/unit/rules/ordinary-posts.json`, 'utf8')) as { text: string }[]).map((p) => p.text);
  return [...corpus, ...ordinary];
}

/** Posts of about `length` characters, made of pool sentences in a varied order. */
function postsOf(length: number, count: number, pool: string[]): string[] {
  const posts: string[] = [];
  let next = 0;
  for (let i = 0; i < count; i++) {
    let post = '';
    while (post.length < length) post += (post ? ' ' : '') + pool[(next++ * 7919) % pool.length];
    posts.push(post.slice(0, length));
  }
  return posts;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Repeats per measurement; the fastest is kept, so that other processes on a shared machine do not inflate the figures. */
const REPEATS = 3;

function timeEach(posts: string[], analyze: (text: string) => unknown): number[] {
  for (const post of posts.slice(0, 20)) analyze(post); // warm-up
  const times = posts.map((post) => {
    let best = Infinity;
    for (let r = 0; r < REPEATS; r++) {
      const started = performance.now();
      analyze(post);
      best = Math.min(best, performance.now() - started);
    }
    return best;
  });
  return times.sort((a, b) => a - b);
}

const ms = (value: number) => (value < 1 ? value.toFixed(3) : value.toFixed(2));

/** Size of a bundle exporting `names` from '@/rules', minified. */
async function bundleSize(names: string[]): Promise<{ raw: number; gzip: number }> {
  const result = await build({
    stdin: { contents: `export { ${names.join(', ')} } from '@/rules';`, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    alias: { '@': root.replace(/\/$/, '') },
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { raw: code.length, gzip: gzipSync(code).length };
}

const part: BenchPart = {
  title: 'Rule engine',
  async run() {
    // The built-in engine is compiled once and shared (an earlier part may already have made it);
    // settings that differ from the defaults compile their own, which is what is timed here.
    const engine = createEngine();
    const compileStarted = performance.now();
    createEngine({ organization: { name: 'Example Organisation' } });
    const settingsCompile = performance.now() - compileStarted;
    const pool = sentencePool();
    const lines: string[] = [];

    lines.push('| post length | posts | p50 (ms) | p95 (ms) | max (ms) | target |', '|---|---|---|---|---|---|');
    const sizes: [number, number, string][] = [
      [280, 2000, 'p95 ≤ 0.5 ms'],
      [3000, 500, 'p95 ≤ 2 ms'],
      [30000, 60, '—'],
    ];
    for (const [length, count, target] of sizes) {
      const times = timeEach(postsOf(length, count, pool), (text) => engine.analyze(text));
      lines.push(`| ~${length.toLocaleString('en')} chars | ${count} | ${ms(percentile(times, 50))} | ${ms(percentile(times, 95))} | ${ms(times[times.length - 1])} | ${target} |`);
    }

    lines.push('', 'Growth with length (one post, median of 5 runs):', '', '| length | ms | µs per 1,000 chars |', '|---|---|---|');
    for (const length of [1_000, 10_000, 100_000]) {
      const [post] = postsOf(length, 1, pool);
      const runs = timeEach(Array(25).fill(post), (text) => engine.analyze(text));
      const median = percentile(runs, 50);
      lines.push(`| ${length.toLocaleString('en')} | ${ms(median)} | ${((median * 1000) / (length / 1000)).toFixed(1)} |`);
    }

    lines.push('', 'Throughput against alex (npm `alex`, `text()`), same posts, same process:', '', '| post length | posts | engine posts/s | alex posts/s | ratio |', '|---|---|---|---|---|');
    for (const [length, count] of [
      [280, 300],
      [3000, 60],
    ] as const) {
      const posts = postsOf(length, count, pool);
      const throughput = (analyze: (text: string) => unknown) => {
        for (const post of posts.slice(0, 5)) analyze(post);
        let best = Infinity;
        for (let r = 0; r < REPEATS; r++) {
          const started = performance.now();
          for (const post of posts) analyze(post);
          best = Math.min(best, performance.now() - started);
        }
        return posts.length / (best / 1000);
      };
      const ours = throughput((text) => engine.analyze(text));
      const theirs = throughput((text) => alex(text));
      lines.push(`| ~${length.toLocaleString('en')} chars | ${count} | ${Math.round(ours).toLocaleString('en')} | ${Math.round(theirs).toLocaleString('en')} | ${(ours / theirs).toFixed(0)}× |`);
    }

    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    const analysis = await bundleSize(['createEngine', 'walkFlowchart']);
    const everything = await bundleSize(['createEngine', 'walkFlowchart', 'parseRulePack', 'FLOWCHART', 'SOURCES', 'PRINCIPLE_LABELS']);
    lines.push(
      '',
      `Shipped size, minified: the analysis path (createEngine + walkFlowchart, with the built-in pack, citations and messages) ${kb(analysis.raw)}, ${kb(analysis.gzip)} gzip; with pack validation (zod/mini) and the flowchart data for the UI ${kb(everything.raw)}, ${kb(everything.gzip)} gzip.`,
    );
    lines.push('', `Compiling the pack for a person's or an organisation's settings (createEngine with an organisation set): ${ms(settingsCompile)} ms, once per page and per settings change.`);
    lines.push('', `Each latency is the fastest of ${REPEATS} runs of the same post, and each throughput the fastest of ${REPEATS} passes (for both engines), to keep other processes on the machine out of the figures.`);
    lines.push('', 'Long posts: analysis is one pass over the words plus linear regular expressions (checked with recheck), so time grows linearly; a 100,000-character post takes the time shown above.');
    return lines;
  },
};

export default part;
