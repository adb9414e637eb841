import { describe, expect, test } from 'vitest';
import { uiLanguages } from '../../src/schemas/languages.ts';

// One name per thing: a key's first segment is the name of the file that holds it (kebab-case file,
// camelCase prefix: data-report.json holds dataReport.*), so a key says where to find and edit it.
const files = import.meta.glob<Record<string, string>>('../../src/i18n/*/*.json', { eager: true, import: 'default' });
const prefixOf = (fileName: string) =>
  fileName.replace(/\.json$/, '').replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

describe('i18n file = key prefix', () => {
  test('the rule reads kebab-case file names as camelCase prefixes', () => {
    expect(prefixOf('data-report.json')).toBe('dataReport');
    expect(prefixOf('coverage.json')).toBe('coverage');
  });
  test('every language folder is checked, one per declared language', () => {
    const folders = new Set(Object.keys(files).map((path) => path.split('/').slice(-3, -1).join('/')));
    expect([...folders].sort()).toEqual(uiLanguages.map((lang) => `i18n/${lang}`).sort());
  });
  test.each(Object.keys(files))('%s: every key starts with the file name', (path) => {
    const prefix = prefixOf(path.split('/').at(-1)!);
    const strays = Object.keys(files[path]!).filter((key) => key.split('.')[0] !== prefix || !key.includes('.'));
    expect(strays, `keys of ${path} that belong in another file`).toEqual([]);
  });
});
