// Every UI string the code asks for exists in every locale: literal keys are read from the
// sources of the extension pages, the dialog and utils; keys built from a value
// (`site_${platform}`…) are checked for every value the code can pass. (Role and journal-column
// labels are built from lists private to their components: the French rendering test covers them.)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, PACK_PROBLEM_CODES, PLATFORMS, POST_KINDS, SEVERITIES } from '@/rules/types';
import { MESSAGES } from '@/utils/i18n';
import { JOURNAL_ACTIONS } from '@/utils/messages';
import { MODES } from '@/utils/policy';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const UI_SOURCES = ['components', 'entrypoints/popup', 'entrypoints/options', 'entrypoints/content-dialog', 'utils'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(name) ? [file] : [];
  });
}

const sources = UI_SOURCES.flatMap((dir) => sourceFiles(path.join(ROOT, dir)))
  .map((file) => ({ file: path.relative(ROOT, file), text: readFileSync(file, 'utf8') }))
  .filter(({ file }) => file !== path.join('utils', 'i18n.ts')); // t and tCount themselves

const placeholderContents = (entry: { placeholders?: Record<string, { content: string }> } | undefined) =>
  Object.entries(entry?.placeholders ?? {})
    .map(([name, { content }]) => `${name.toLowerCase()}=${content}`)
    .sort();

function expectInEveryLocale(key: string, where: string) {
  for (const language of LANGUAGES) {
    expect(MESSAGES[language][key], `${language}.${key} (${where})`).toBeDefined();
    expect(placeholderContents(MESSAGES[language][key]), `${language}.${key} placeholders`).toEqual(
      placeholderContents(MESSAGES.en[key]),
    );
  }
}

const BUILT_KEYS = [
  ['site_', PLATFORMS],
  ['mode_', MODES],
  ['language_', LANGUAGES],
  ['severity_', SEVERITIES],
  ['verdict_', ['ok', 'caution', 'stop']],
  ['kind_', POST_KINDS],
  ['action_', JOURNAL_ACTIONS.map((action) => action.replace(/-/g, '_'))],
  ['packProblem_', PACK_PROBLEM_CODES],
] as const;
const BUILT_FROM_PRIVATE_LISTS = ['role_', 'journalColumn_'];

describe('UI string keys', () => {
  it('has every literal key the code asks for in every locale, with the same placeholders', () => {
    let found = 0;
    for (const { file, text } of sources) {
      for (const [, key] of text.matchAll(/\bt\(\s*'([^']+)'/g)) {
        expectInEveryLocale(key, file);
        found++;
      }
      for (const [, key] of text.matchAll(/\btCount\(\s*'([^']+)'/g)) {
        expectInEveryLocale(`${key}_one`, file);
        expectInEveryLocale(`${key}_other`, file);
        found++;
      }
    }
    expect(found).toBeGreaterThan(100);
  });

  it.each(BUILT_KEYS)('has %s… for every value the code passes', (prefix, values) => {
    expect(sources.some(({ text }) => text.includes(`t(\`${prefix}\${`))).toBe(true);
    for (const value of values) expectInEveryLocale(`${prefix}${value}`, prefix);
  });

  it('builds keys from values only with the prefixes above', () => {
    const built = sources.flatMap(({ text }) => [...text.matchAll(/\bt\(\s*`([^`$]*)\$\{/g)].map((match) => match[1]));
    const known: string[] = [...BUILT_KEYS.map(([prefix]) => prefix), ...BUILT_FROM_PRIVATE_LISTS];
    expect([...new Set(built)].filter((prefix) => !known.includes(prefix))).toEqual([]);
  });
});
