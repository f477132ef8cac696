// The admin guide's sample policy files (docs/policies/) and the managed schema: every sample
// carries the same policy, Chrome's schema keeps all of it, and the extension accepts all of it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GECKO_ID } from '@/wxt.config';
import { parsePolicy, POLICY_KEYS } from '@/utils/policy';

const CHROME_ID = 'bigokmfepbkgjmaiimhbbgmcpdabffod';
const read = (path: string) => readFileSync(resolve(__dirname, '../../..', path), 'utf8');

interface SchemaNode {
  type: 'object' | 'array' | 'string' | 'integer' | 'boolean' | 'number';
  title?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode;
  items?: SchemaNode;
}
const schema = JSON.parse(read('public/managed_schema.json')) as SchemaNode;
const canonical = JSON.parse(read('docs/policies/policy.json'));

/**
 * What Chrome does with a policy value before storage.managed sees it: unknown properties are
 * dropped, a value of the wrong type is dropped. Returns the paths it dropped.
 */
function chromeDrops(value: unknown, node: SchemaNode, path = ''): string[] {
  const typeOk =
    node.type === 'array'
      ? Array.isArray(value)
      : node.type === 'object'
        ? typeof value === 'object' && value !== null && !Array.isArray(value)
        : node.type === 'integer'
          ? Number.isInteger(value)
          : typeof value === node.type;
  if (!typeOk) return [path];
  if (node.type === 'array') return (value as unknown[]).flatMap((item, i) => chromeDrops(item, node.items!, `${path}[${i}]`));
  if (node.type === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) => {
      const child = node.properties?.[key] ?? node.additionalProperties;
      return child ? chromeDrops(item, child, `${path}.${key}`) : [`${path}.${key}`];
    });
  }
  return [];
}

/** Reads the values of one key of a .reg file, converting them as Chrome does by the schema's types. */
function registryPolicy(text: string, keyPath: string): Record<string, unknown> {
  const section = text.split(/\r?\n\r?\n/).find((block) => block.includes(`[${keyPath}]`));
  if (!section) throw new Error(`no [${keyPath}]`);
  const policy: Record<string, unknown> = {};
  for (const line of section.split(/\r?\n/).slice(1)) {
    const dword = /^"([^"]+)"=dword:([0-9a-f]{8})$/.exec(line);
    const string = /^"([^"]+)"="(.*)"$/.exec(line);
    if (dword) {
      const number = parseInt(dword[2], 16);
      policy[dword[1]] = schema.properties![dword[1]]?.type === 'boolean' ? number !== 0 : number;
    } else if (string) {
      const raw = string[2].replace(/\\(["\\])/g, '$1');
      const type = schema.properties![string[1]]?.type;
      policy[string[1]] = type === 'object' || type === 'array' ? JSON.parse(raw) : raw;
    }
  }
  return policy;
}

/** A plist's XML as JSON values (dict, array, string, integer, true, false). */
function parsePlist(xml: string): unknown {
  const tokens = xml
    .replace(/<\?xml[^>]*>|<!DOCTYPE[^>]*>/g, '')
    .match(/<[^>]+>|[^<]+/g)!
    .filter((token) => token.trim() !== '');
  let position = 0;
  const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const textUntil = (close: string) => {
    let text = '';
    while (tokens[position] !== close) text += tokens[position++];
    position++;
    return unescape(text);
  };
  const value = (): unknown => {
    const tag = tokens[position++];
    if (tag === '<true/>') return true;
    if (tag === '<false/>') return false;
    if (tag === '<string>') return textUntil('</string>');
    if (tag === '<string/>') return '';
    if (tag === '<integer>') return Number(textUntil('</integer>'));
    if (tag === '<array>') {
      const items: unknown[] = [];
      while (tokens[position] !== '</array>') items.push(value());
      position++;
      return items;
    }
    if (tag === '<dict>') {
      const dict: Record<string, unknown> = {};
      while (tokens[position] !== '</dict>') {
        position++; // <key>
        const key = textUntil('</key>');
        dict[key] = value();
      }
      position++;
      return dict;
    }
    throw new Error(`unexpected ${tag}`);
  };
  expect(tokens[position++]).toBe('<plist version="1.0">');
  return value();
}

function profilePolicy(xml: string, domain: string): Record<string, unknown> {
  const profile = parsePlist(xml) as { PayloadContent: Record<string, unknown>[] };
  const payload = profile.PayloadContent.find((entry) => entry.PayloadType === domain);
  if (!payload) throw new Error(`no payload for ${domain}`);
  return Object.fromEntries(Object.entries(payload).filter(([key]) => !key.startsWith('Payload')));
}

const samples: [string, () => unknown][] = [
  ['Linux Chromium / Chrome / Edge JSON', () => JSON.parse(read('docs/policies/linux-chromium.json'))['3rdparty'].extensions[CHROME_ID]],
  ['Firefox policies.json', () => JSON.parse(read('docs/policies/firefox-policies.json')).policies['3rdparty'].Extensions[GECKO_ID]],
  ['Windows registry, Chrome', () => registryPolicy(read('docs/policies/windows.reg'), `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${CHROME_ID}\\policy`)],
  ['Windows registry, Edge', () => registryPolicy(read('docs/policies/windows.reg'), `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${CHROME_ID}\\policy`)],
  ['macOS profile, Chrome', () => profilePolicy(read('docs/policies/macos-chrome.mobileconfig'), `com.google.Chrome.extensions.${CHROME_ID}`)],
  ['macOS profile, Edge', () => profilePolicy(read('docs/policies/macos-edge.mobileconfig'), `com.microsoft.Edge.extensions.${CHROME_ID}`)],
];

describe('managed schema', () => {
  it('declares every policy key the extension reads, each with a title and a description', () => {
    expect(Object.keys(schema.properties!).sort()).toEqual([...POLICY_KEYS].sort());
    for (const [key, node] of Object.entries(schema.properties!)) {
      expect(node.title, key).toBeTruthy();
      expect(node.description, key).toBeTruthy();
    }
  });

  it('gives every node exactly one type, as Chrome requires', () => {
    const visit = (node: SchemaNode, path: string) => {
      expect(typeof node.type, path).toBe('string');
      Object.entries(node.properties ?? {}).forEach(([key, child]) => visit(child, `${path}.${key}`));
      if (node.additionalProperties) visit(node.additionalProperties, `${path}.*`);
      if (node.items) visit(node.items, `${path}[]`);
    };
    visit(schema, '');
  });

  it('would drop unknown properties and wrong types (the check below can fail)', () => {
    expect(chromeDrops({ mode: 3, journal: { enabled: true, colour: 'red' } }, schema)).toEqual(['.mode', '.journal.colour']);
  });
});

describe.each(samples)('sample policy: %s', (_name, extract) => {
  const policy = extract();

  it('carries the canonical policy of docs/policies/policy.json', () => {
    expect(policy).toEqual(canonical);
  });

  it('passes the managed schema whole, and the extension applies every key without error', () => {
    expect(chromeDrops(policy, schema)).toEqual([]);
    const parsed = parsePolicy(policy);
    expect(parsed.errors).toEqual([]);
    expect(Object.keys(parsed.values).sort()).toEqual(Object.keys(canonical).sort());
  });
});
