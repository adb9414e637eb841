import { describe, expect, test } from 'vitest';
import { facetKeys, facetPath, facets, valueSlug } from '../../src/lib/finder/facets.ts';
import { uiLanguages } from '../../src/schemas/languages.ts';

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

import { searchSynonyms } from '../../src/lib/finder/search-synonyms.ts';
describe('search synonyms', () => {
  test('are keyed by real facets and vocabulary values, with words in every UI language', () => {
    for (const [facet, values] of Object.entries(searchSynonyms)) {
      expect(facetKeys).toContain(facet);
      for (const [value, words] of Object.entries(values)) {
        expect(Object.keys(facets[facet as keyof typeof facets].vocabulary)).toContain(value);
        for (const lang of uiLanguages)
          expect(words[lang].trim().length, `${facet}.${value}.${lang}`).toBeGreaterThan(0);
      }
    }
  });
});

import { buildDirectory } from '../../src/lib/directory/directory.ts';
import { entriesWith } from '../../src/lib/finder/facets.ts';
import { loadMunicipalities } from '../../src/loaders/geo.ts';
import { validateDirectory } from '../../src/loaders/entry-files.ts';
describe('the region facet reads the regions served', () => {
  const municipalities = loadMunicipalities();
  const directory = buildDirectory(
    validateDirectory(municipalities).entries.map((e) => e.data),
    municipalities,
  );
  test('a community-wide service appears under every region its community covers', () => {
    for (const entry of directory.entries.filter((e) => e.data.coverage.scope === 'community')) {
      const codes = entry.data.coverage.codes;
      const expected = new Set<string>();
      if (codes.includes('vl')) expected.add('BE-VLG').add('BE-BRU');
      if (codes.includes('fr')) expected.add('BE-WAL').add('BE-BRU');
      if (codes.includes('de')) expected.add('BE-WAL');
      expect(new Set(facets.region.valuesOf(entry)), entry.data.id).toEqual(expected);
    }
  });
  test('CAPREV (French Community, seated in Brussels) is listed under Wallonia and under Brussels', () => {
    const ids = (region: string) => entriesWith(directory.entries, 'region', region).map((e) => e.data.id);
    expect(ids('BE-WAL')).toContain('caprev-fwb');
    expect(ids('BE-BRU')).toContain('caprev-fwb');
    expect(ids('BE-VLG')).not.toContain('caprev-fwb');
  });
});
