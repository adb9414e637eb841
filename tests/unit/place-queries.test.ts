import { describe, expect, test } from 'vitest';
import { loadPlaceQueries, placesFile } from '../../src/loaders/geo.ts';
import { languagePattern } from '../../src/schemas/languages.ts';
import { lookupPlace } from '../../src/lib/geo/place-lookup.ts';
import { placeQueryKey, placeQueryRules, queryTarget, sentForms, shortForms } from '../../src/lib/geo/place-queries.ts';
import { routes } from '../../src/lib/routes.ts';

const data = placesFile();
const queries = loadPlaceQueries();
const byKey = new Map(queries.map((q) => [q.key, q]));
const rules = placeQueryRules(queries);

// Generous timeouts: the rules are thousands of lines, and a busy machine must not fail the test.
describe('the place lookup without JavaScript: rules written at build', { timeout: 60_000 }, () => {
  test('every postcode of both tables is foreseen', () => {
    for (const country of ['BE', 'NL'] as const)
      for (const postcode of Object.keys(data.postcodes[country])) expect(byKey.has(postcode)).toBe(true);
  });

  test('a foreseen query gets the same answer as the browser’s lookup (a sample of each kind)', () => {
    const sample = queries.filter((_, i) => i % 331 === 0);
    expect(sample.length).toBeGreaterThan(30);
    for (const q of sample) {
      const answer = lookupPlace(q.query, data, 50);
      if (q.answer.kind === 'found')
        expect(answer).toMatchObject({ kind: 'found', place: { code: q.answer.place.code } });
      else
        expect(answer.kind === 'choose' && answer.options.map((o) => o.place.code)).toEqual(
          q.answer.options.map((o) => o.place.code),
        );
    }
  });

  test('2018, Antwerpen and “4000 Liège” go to their page; Deurne goes to its section of the “which one?” page', () => {
    const nl = rules.table['/nl/gemeenten/']!;
    expect(nl[placeQueryKey('2018')]).toBe('/nl/gemeente/antwerpen/');
    expect(nl[placeQueryKey('Antwerpen')]).toBe('/nl/gemeente/antwerpen/');
    expect(rules.table['/fr/communes/']![placeQueryKey('4000 Liège')]).toBe('/fr/commune/liege/');
    expect(nl[placeQueryKey('Deurne')]).toBe('/nl/gemeenten/welke/d/#q-deurne');
    expect(queryTarget(byKey.get('deurne')!, 'en')).toBe('/en/municipalities/which/d/#q-deurne');
  });

  test('in German, Eupen, 4700, Sankt Vith written out or short, and the exonym Lüttich go to their German page', () => {
    const de = rules.table[routes.section('de', 'municipalities')]!;
    const page = (slug: string) => routes.municipality('de', slug);
    const byName = (name: string) => data.places.find((p) => p.nameDe === name || p.nameFr === name)!;
    const eupen = byName('Eupen');
    const sanktVith = byName('Sankt Vith');
    const liege = byName('Liège');
    for (const q of ['Eupen', 'eupen', '4700']) expect(de[placeQueryKey(q)], q).toBe(page(eupen.slug.de));
    for (const q of ['Sankt Vith', 'St. Vith', 'St Vith', 'St-Vith'])
      expect(de[placeQueryKey(q)], q).toBe(page(sanktVith.slug.de));
    for (const q of ['Lüttich', 'Luttich']) expect(de[placeQueryKey(q)], q).toBe(page(liege.slug.de));
    expect(shortForms('Sainte-Ode')).toEqual(['Ste. Ode', 'Ste Ode', 'Ste-Ode']);
    expect(shortForms('Eupen')).toEqual([]);
  });

  test('Netlify gets one forced rule per value a browser sends, as the form encodes it', () => {
    expect(sentForms('4000 Liège')).toContain(new URLSearchParams({ q: '4000 Liège' }).toString().slice(2));
    expect(sentForms("'s-Hertogenbosch")).toEqual(expect.arrayContaining(['%27s-Hertogenbosch', '%27s-hertogenbosch']));
    const netlify = new Set(rules.netlify);
    for (const line of [
      '/nl/gemeenten/ q=2018 /nl/gemeente/antwerpen/ 302!',
      '/fr/communes/ q=Li%C3%A8ge /fr/commune/liege/ 302!',
      '/fr/communes/ q=liege /fr/commune/liege/ 302!',
    ])
      expect(netlify.has(line)).toBe(true);
    // Every line is path, condition, target, status: a value with a space would break the line.
    for (const line of rules.netlify) expect(line.split(' ')).toHaveLength(4);
  });

  test('nginx gets a map line per value, pairs included, keys quoted', () => {
    expect(rules.nginx).toContain('    "/fr/communes/?4000+li%c3%a8ge" /fr/commune/liege/;');
    for (const line of rules.nginx)
      expect(line).toMatch(new RegExp(`^ {4}"/(${languagePattern})/[a-z]+/\\?[^"\\s]+" /\\S+;$`));
    // nginx refuses a map with the same string twice, and compares without case.
    const keys = rules.nginx.map((line) => line.trim().split('" ')[0]!.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
  });
});
