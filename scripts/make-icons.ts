// Renders the toolbar and store icons (public/icon/<size>.png) from scripts/icon.svg with
// headless Chromium. Run again after changing the SVG (npx tsx scripts/make-icons.ts) and
// commit the PNGs.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(import.meta.dirname, '..');
const SIZES = [16, 32, 48, 96, 128];

const svg = readFileSync(path.join(ROOT, 'scripts/icon.svg'), 'utf8');
mkdirSync(path.join(ROOT, 'public/icon'), { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await page.screenshot({ path: path.join(ROOT, `public/icon/${size}.png`), omitBackground: true });
  }
} finally {
  await browser.close();
}
