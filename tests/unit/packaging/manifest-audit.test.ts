// Permissions audit of the built manifests: storage and the four sites, nothing more; no remote
// code; a strict CSP; the extension ids admins are told about.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GECKO_ID, SITE_MATCHES } from '@/wxt.config';
import { builtDir, builtManifest, OUTPUT, ROOT, TARGETS } from './built';

const CHROME_ID = 'bigokmfepbkgjmaiimhbbgmcpdabffod';
const BROAD_PATTERNS = ['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*', 'file://'];

/** Chrome's id for a manifest key: SHA-256 of the DER key, first 32 hex digits mapped 0-f → a-p. */
function extensionIdOfKey(key: string): string {
  const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

function matchPatterns(manifest: Record<string, any>): string[] {
  const fromContentScripts = (manifest.content_scripts ?? []).flatMap((script: { matches: string[] }) => script.matches);
  const fromResources = (manifest.web_accessible_resources ?? []).flatMap((entry: string | { matches?: string[] }) =>
    typeof entry === 'string' ? [] : (entry.matches ?? []),
  );
  return [...fromContentScripts, ...fromResources, ...(manifest.host_permissions ?? [])];
}

function cspOf(manifest: Record<string, any>): string {
  const csp = manifest.content_security_policy;
  return typeof csp === 'string' ? csp : csp?.extension_pages;
}

function directives(csp: string): Record<string, string[]> {
  return Object.fromEntries(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name, values]),
  );
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

describe.each(TARGETS)('built manifest: %s', (target) => {
  const manifest = builtManifest(target);
  const text = JSON.stringify(manifest);

  it('asks for storage and the four sites only, and for no optional permission', () => {
    // MV2 (Firefox) lists host permissions among the permissions.
    const apiPermissions = manifest.permissions.filter((permission: string) => !SITE_MATCHES.includes(permission));
    expect(apiPermissions).toEqual(['storage']);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
  });

  it('reaches the four sites and nothing else', () => {
    const scriptMatches = (manifest.content_scripts ?? []).flatMap((script: { matches: string[] }) => script.matches);
    expect(new Set(scriptMatches)).toEqual(new Set(SITE_MATCHES));
    for (const pattern of matchPatterns(manifest)) expect(SITE_MATCHES).toContain(pattern);
    for (const broad of BROAD_PATTERNS) expect(text).not.toContain(broad);
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('has a strict CSP: only its own scripts, no eval, no plugins, no network from its pages', () => {
    const csp = directives(cspOf(manifest));
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['connect-src']).toEqual(["'none'"]);
    expect(csp['default-src'] ?? []).not.toContain('*');
  });

  it('loads no remote code: every script is a file of the package', () => {
    const dir = builtDir(target);
    const scripts = [
      ...(manifest.content_scripts ?? []).flatMap((script: { js?: string[] }) => script.js ?? []),
      ...(manifest.background?.scripts ?? []),
      ...(manifest.background?.service_worker ? [manifest.background.service_worker] : []),
    ];
    for (const script of scripts) expect(existsSync(path.join(dir, script)), script).toBe(true);
    for (const file of files(dir).filter((name) => name.endsWith('.html'))) {
      const html = readFileSync(file, 'utf8');
      const sources = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]);
      for (const source of sources) expect(source, path.relative(dir, file)).not.toMatch(/^(https?:)?\/\//);
    }
    for (const file of files(dir).filter((name) => name.endsWith('.js'))) {
      const code = readFileSync(file, 'utf8');
      expect(code, path.relative(dir, file)).not.toMatch(/importScripts\(\s*["'`]https?:|import\(\s*["'`]https?:/);
    }
  });

  if (target === 'firefox-mv2') {
    it('carries the fixed Firefox id and declares that it collects no data', () => {
      expect(manifest.browser_specific_settings.gecko.id).toBe(GECKO_ID);
      expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    });
  } else {
    it('carries the key that makes its id the one in the admin guide, and the managed schema', () => {
      expect(extensionIdOfKey(manifest.key)).toBe(CHROME_ID);
      expect(manifest.storage.managed_schema).toBe('managed_schema.json');
      const shipped = readFileSync(path.join(builtDir(target), 'managed_schema.json'), 'utf8');
      expect(JSON.parse(shipped)).toEqual(JSON.parse(readFileSync(path.join(ROOT, 'public/managed_schema.json'), 'utf8')));
    });
  }
});

describe('packages', () => {
  it('has the Chrome, Edge and Firefox zips and the sources zip for AMO', () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    for (const suffix of ['chrome', 'edge', 'firefox', 'sources']) {
      expect(existsSync(path.join(OUTPUT, `think-before-you-post-${version}-${suffix}.zip`)), suffix).toBe(true);
    }
  });
});
