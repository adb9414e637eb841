/**
 * Languages are declared once (src/schemas/languages.ts). This test holds the rule in two ways: every
 * place that needs a value per language has one for every declared language, and no file writes the
 * list of languages out by hand again (an array of the codes, a regular expression `nl|fr|en`, or a
 * per-language object that misses a declared language), where a new language would be forgotten.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { isUiLanguage, languagePattern, languages, perLanguage, uiLanguages } from '../../src/schemas/languages.ts';
import { localeOf, languageNames, uiStrings } from '../../src/i18n/translate.ts';
import { placeChoiceSegment, segments } from '../../src/lib/routes.ts';
import { facets } from '../../src/lib/finder/facets.ts';
import { provinceNames, provinceNameSources } from '../../src/lib/geo/province-names.ts';
import { siteConfig } from '../../src/site.config.ts';
import * as placeAndKind from '../../src/schemas/vocabularies/place-and-kind.ts';
import * as practice from '../../src/schemas/vocabularies/practice.ts';
import * as accessAndContact from '../../src/schemas/vocabularies/access-and-contact.ts';
import * as evidenceAndVerification from '../../src/schemas/vocabularies/evidence-and-verification.ts';

// Every closed vocabulary: the files of src/schemas/vocabularies/ (vocabularies.test.ts checks the list is whole).
const vocabularies = { ...placeAndKind, ...practice, ...accessAndContact, ...evidenceAndVerification };

const hasEvery = (record: Record<string, unknown>) =>
  uiLanguages.filter((lang) => typeof record[lang] !== 'string' || record[lang] === '');

describe('the language declaration', () => {
  test('each language has a code, a BCP 47 locale that starts with the code, a native name and a quick-exit page', () => {
    for (const lang of uiLanguages) {
      expect(lang).toMatch(/^[a-z]{2}$/);
      expect(languages[lang].locale.split('-')[0]).toBe(lang);
      expect(languages[lang].letterLocale.split('-')[0]).toBe(lang);
      expect(languages[lang].name.length).toBeGreaterThan(1);
      expect(new URL(languages[lang].quickExitUrl).protocol).toBe('https:');
    }
    expect(new Set(uiLanguages.map((lang) => languages[lang].name)).size).toBe(uiLanguages.length);
  });

  test('helpers follow the list', () => {
    expect(Object.keys(perLanguage((lang) => lang))).toEqual(uiLanguages);
    for (const lang of uiLanguages) expect(new RegExp(`^(${languagePattern})$`).test(lang)).toBe(true);
    expect(isUiLanguage('xx')).toBe(false);
    expect(isUiLanguage('toString')).toBe(false);
  });

  test('every per-language value exists for every declared language', () => {
    const problems: string[] = [];
    const check = (where: string, record: Record<string, unknown>) => {
      for (const lang of hasEvery(record)) problems.push(`${where}: no ${lang}`);
    };
    check('localeOf', localeOf);
    check('languageNames', languageNames);
    check('siteConfig.quickExitUrl', siteConfig.quickExitUrl);
    check('placeChoiceSegment', placeChoiceSegment);
    for (const [section, byLang] of Object.entries(segments)) check(`segments.${section}`, byLang);
    for (const [facet, definition] of Object.entries(facets)) check(`facets.${facet}.segment`, definition.segment);
    for (const [code, names] of Object.entries(provinceNames)) check(`provinceNames.${code}`, names);
    for (const [name, value] of Object.entries(vocabularies)) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
      for (const [key, labels] of Object.entries(value as Record<string, unknown>)) {
        if (typeof labels === 'object' && labels !== null && 'en' in labels)
          check(`${name}.${key}`, labels as Record<string, unknown>);
      }
    }
    for (const lang of uiLanguages) {
      if (Object.keys(uiStrings[lang]).length === 0) problems.push(`src/i18n/${lang}/: no UI strings`);
      if (!existsSync(join('src/content/guides', lang))) problems.push(`src/content/guides/${lang}/: no guides`);
      for (const country of ['BE', 'NL']) {
        if (!provinceNameSources.some((s) => s.lang === lang && s.country === country))
          problems.push(`provinceNameSources: no ${country} source for ${lang}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

/** Every file of the code and tests, without the entries, the data and the declaration itself. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return ['node_modules', 'fixtures', 'content', 'data'].includes(name) ? [] : sourceFiles(path);
    return /\.(ts|tsx|mjs|astro)$/.test(name) ? [path] : [];
  });
}

const quoted = `['"](?:${languagePattern})['"]`;
/** Three or more language codes in an array literal: `['nl', 'fr', 'en']`. */
const arrayOfCodes = new RegExp(`\\[\\s*${quoted}(?:\\s*,\\s*${quoted}){2,}\\s*,?\\s*\\]`);
/** Three or more codes as alternatives in a pattern: `(nl|fr|en)`. */
const alternation = new RegExp(`\\b(?:${languagePattern})(?:\\|(?:${languagePattern})){2,}\\b`);
/** An object literal on one line keyed by three or more language codes: `{ nl: …, fr: …, en: … }`. */
const perLanguageObject = new RegExp(`\\{\\s*(?:${languagePattern}):[^{}]*\\}`, 'g');

function handWrittenLists(text: string, objects = true): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (arrayOfCodes.test(line)) found.push(`${i + 1}: an array of language codes`);
    if (alternation.test(line)) found.push(`${i + 1}: a pattern of language codes`);
    for (const object of objects ? (line.match(perLanguageObject) ?? []) : []) {
      const keys = [...object.matchAll(new RegExp(`(?:^|[{,]\\s*)(${languagePattern}):`, 'g'))].map((m) => m[1]);
      const missing = uiLanguages.filter((lang) => !keys.includes(lang));
      if (keys.length >= 3 && missing.length > 0)
        found.push(`${i + 1}: a per-language object without ${missing.join(', ')}`);
    }
  });
  return found;
}

describe('no hand-written list of languages', () => {
  test('the detector finds each form and passes derived code', () => {
    expect(handWrittenLists("for (const lang of ['nl', 'fr', 'en'] as const) {")).toHaveLength(1);
    expect(handWrittenLists('const lang = /^\\/(nl|fr|en)(\\/|$)/.exec(url)')).toHaveLength(1);
    expect(handWrittenLists("  map: { nl: 'kaart', fr: 'carte', en: 'map' },")).toHaveLength(1);
    expect(handWrittenLists('  map: { ' + uiLanguages.map((l) => `${l}: 'x'`).join(', ') + ' },')).toEqual([]);
    expect(handWrittenLists('for (const lang of uiLanguages) {')).toEqual([]);
    expect(handWrittenLists("side: 'nl' | 'fr';")).toEqual([]);
  });

  test('src/ and scripts/ derive every list and per-language object from the declaration', () => {
    const files = ['src', 'scripts'].flatMap(sourceFiles).filter((f) => !f.endsWith(join('schemas', 'languages.ts')));
    expect(files.length).toBeGreaterThan(100);
    const problems = files.flatMap((file) => handWrittenLists(readFileSync(file, 'utf8')).map((p) => `${file}:${p}`));
    expect(problems).toEqual([]);
  });

  // Tests hold sample texts in some languages on purpose (an entry fixture); their loops over languages
  // and patterns of language codes must follow the declaration all the same.
  test('tests/ loop over the declared languages, never over a list of their own', () => {
    const files = sourceFiles('tests').filter((f) => !f.endsWith('languages.test.ts'));
    const problems = files.flatMap((file) =>
      handWrittenLists(readFileSync(file, 'utf8'), false).map((p) => `${file}:${p}`),
    );
    expect(problems).toEqual([]);
  });
});
