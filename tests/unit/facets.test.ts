import { describe, expect, test } from 'vitest';
import { facetKeys, facetPath, facets, valueSlug } from '../../src/lib/facets.ts';
import { uiLanguages } from '../../src/lib/vocabularies.ts';

describe('facets', () => {
  test('every vocabulary value has a slug, unique within its facet and language, made of plain URL characters', () => {
    for (const facet of facetKeys) {
      for (const lang of uiLanguages) {
        const slugs = Object.keys(facets[facet].vocabulary).map((key) => valueSlug(facet, key, lang));
        expect(new Set(slugs).size, `${facet} ${lang}`).toBe(slugs.length);
        for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }
    }
  });
  test('paths read as the issue asks', () => {
    expect(facetPath('level', 'tertiary', 'nl')).toBe('/nl/preventie/tertiair/');
    expect(facetPath('target', 'parents', 'fr')).toBe('/fr/public-cible/parents/');
    expect(facetPath('target', 'siblings', 'fr')).toBe('/fr/public-cible/freres-et-soeurs/');
  });
  test('facet segments differ from every other localised section of the site', () => {
    for (const lang of uiLanguages) {
      const segments = facetKeys.map((f) => facets[f].segment[lang]);
      expect(new Set(segments).size).toBe(segments.length);
    }
  });
});

import { searchSynonyms } from '../../src/lib/search-synonyms.ts';
describe('search synonyms', () => {
  test('are keyed by real facets and vocabulary values, with words in every UI language', () => {
    for (const [facet, values] of Object.entries(searchSynonyms)) {
      expect(facetKeys).toContain(facet);
      for (const [value, words] of Object.entries(values)) {
        expect(Object.keys(facets[facet as keyof typeof facets].vocabulary)).toContain(value);
        for (const lang of uiLanguages) expect(words[lang].trim().length, `${facet}.${value}.${lang}`).toBeGreaterThan(0);
      }
    }
  });
});
