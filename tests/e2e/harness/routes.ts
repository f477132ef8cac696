/**
 * Serves the offline test pages under the real sites' URLs. Each site is a single-page app,
 * so every path of a site host gets that site's shell (x.com/home, x.com/compose/post,
 * instagram.com/p/…); the shells load their bundles from /__fixtures__/ on the same origin.
 * Anything else is not served: the browsers abort it and the harness records it.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES_DIST_DIR } from './paths';

export const FIXTURE_ASSET_PREFIX = '/__fixtures__/';
/** A neutral origin for the demo index, which links to the four sites. */
export const DEMO_INDEX_URL = 'https://demo.tbyp.example/';

export const SITE_URLS = {
  xHome: 'https://x.com/home',
  xCompose: 'https://x.com/compose/post',
  xStatus: 'https://x.com/un_ethics/status/1790000000000000001',
  facebook: 'https://www.facebook.com/',
  instagramPost: 'https://www.instagram.com/p/C0ffeeTbyp1/',
  linkedinClassic: 'https://www.linkedin.com/feed/',
  linkedinNew: 'https://www.linkedin.com/feed/?ui=new',
} as const;

function shellFor(url: URL): string | undefined {
  switch (url.hostname) {
    case 'x.com':
    case 'twitter.com':
      return 'x.html';
    case 'www.facebook.com':
    case 'web.facebook.com':
      return 'facebook.html';
    case 'www.instagram.com':
      return 'instagram.html';
    case 'www.linkedin.com':
      return url.searchParams.get('ui') === 'new' ? 'linkedin-new.html' : 'linkedin.html';
    case 'demo.tbyp.example':
      return 'index.html';
    default:
      return undefined;
  }
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

export interface FixtureResponse {
  status: number;
  contentType: string;
  body: Buffer;
}

/** The response for a request, or undefined when the request must not be served. */
export function resolveFixture(rawUrl: string): FixtureResponse | undefined {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const siteShell = shellFor(url);
  if (!siteShell) return undefined;
  // ?variant=NAME: the same site shaped otherwise (tests/fixtures/variants/NAME/, tests/e2e/variants.test.ts).
  const variant = url.searchParams.get('variant');
  const shell = variant && /^\w+$/.test(variant) ? `variants/${variant}/${siteShell}` : siteShell;
  if (url.pathname === '/favicon.ico') {
    return { status: 204, contentType: 'image/x-icon', body: Buffer.alloc(0) };
  }
  const relative = url.pathname.startsWith(FIXTURE_ASSET_PREFIX)
    ? url.pathname.slice(FIXTURE_ASSET_PREFIX.length)
    : shell;
  const file = path.resolve(FIXTURES_DIST_DIR, relative);
  if (!file.startsWith(FIXTURES_DIST_DIR + path.sep) || !existsSync(file)) return undefined;
  return {
    status: 200,
    contentType: CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    body: readFileSync(file),
  };
}

/** Whether a URL needs routing at all (extension and internal pages are left to the browser). */
export function isNetworkUrl(rawUrl: string): boolean {
  return /^(https?|wss?|ftp):/i.test(rawUrl);
}
