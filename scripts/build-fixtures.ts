/**
 * Builds the offline test pages (tests/fixtures/*.html + src/) into tests/fixtures/dist with Vite,
 * so the e2e harness and the demo can serve them under the real sites' URLs.
 * Run directly (`tsx scripts/build-fixtures.ts`) or through buildFixtures().
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const FIXTURES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../tests/fixtures');

export async function buildFixtures(): Promise<void> {
  // The site-shaped pages, and their variants (the same sites shaped otherwise) in variants/NAME/.
  const variants = readdirSync(path.join(FIXTURES_DIR, 'variants')).map((name) => `variants/${name}/`);
  const pages = ['', ...variants].flatMap((dir) =>
    readdirSync(path.join(FIXTURES_DIR, dir))
      .filter((name) => name.endsWith('.html'))
      .map((name) => dir + name),
  );
  await build({
    configFile: false,
    root: FIXTURES_DIR,
    base: '/__fixtures__/',
    logLevel: 'warn',
    mode: 'production',
    // JSX for the X page (React + Draft.js); always the production runtime, even under vitest.
    esbuild: { jsx: 'automatic', jsxDev: false },
    // Draft.js and fbjs still read `global` and `process.env.NODE_ENV`.
    define: { global: 'globalThis', 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: path.join(FIXTURES_DIR, 'dist'),
      emptyOutDir: true,
      minify: false,
      sourcemap: false,
      reportCompressedSize: false,
      rollupOptions: {
        input: Object.fromEntries(pages.map((page) => [page.replace(/\.html$/, ''), path.join(FIXTURES_DIR, page)])),
      },
    },
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildFixtures();
  console.log(`Test pages built in ${path.join(FIXTURES_DIR, 'dist')}`);
}
