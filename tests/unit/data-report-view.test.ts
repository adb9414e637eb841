import { describe, expect, test } from 'vitest';
import { dataReportView, sortedCounts } from '../../src/lib/data-report-view.ts';
import type { ForecastRow } from '../../src/lib/directory/freshness.ts';
import { shownName } from '../../src/lib/directory/initiative-name.ts';
import { municipalityName } from '../../src/lib/geo/municipality-name.ts';
import { routes } from '../../src/lib/routes.ts';
import { formatDate, translator } from '../../src/i18n/translate.ts';
import { loadMunicipalities } from '../../src/loaders/geo.ts';
import { parseLeads } from '../../src/schemas/lead.ts';
import { countries } from '../../src/schemas/vocabularies/place-and-kind.ts';
import { labelOf } from '../../src/schemas/vocabularies/labels.ts';
import { preventionLevels } from '../../src/schemas/vocabularies/practice.ts';
import { statuses } from '../../src/schemas/vocabularies/evidence-and-verification.ts';
import { uiLanguages } from '../../src/schemas/languages.ts';
import { active, directoryEntry, inEveryLanguage, phone } from '../support/builders.ts';

const today = new Date('2026-12-01T00:00:00Z');
const municipalities = loadMunicipalities();
const menen = municipalities.find((m) => m.nameNl === 'Menen')!;

const withPhone = {
  website: { url: 'http://www.detouter.be', confirmed: 2018, source: 'seed 002' },
  phones: [phone()],
};
// The minimal entry is a current service without phone or e-mail; these change what a rule needs (no-level keeps an unknown status).
const entries = [
  directoryEntry({
    id: 'two-levels',
    fields: {
      status: active('2026-06-01'),
      mapping2018: undefined,
      preventionLevels: { values: ['primary', 'secondary'], inferred: false },
      contact: withPhone,
    },
  }),
  directoryEntry({
    id: 'inferred-level',
    fields: {
      status: active('2026-06-01'),
      mapping2018: undefined,
      preventionLevels: { values: ['primary'], inferred: true },
      contact: withPhone,
    },
  }),
  directoryEntry({
    id: 'no-level',
    fields: {
      status: { value: 'unknown', evidence: 'synthetic' },
      mapping2018: undefined,
      preventionLevels: { values: [], inferred: false },
    },
  }),
];

const lead = (id: string, fields: Record<string, unknown>) => ({
  id,
  name: `Lead ${id}`,
  nameLang: 'nl',
  place: 'Somewhere',
  known: inEveryLanguage('Known.'),
  reason: 'one-source',
  confidence: 'low',
  dossier: 'be-current-2026',
  sources: [
    {
      title: 'A source',
      url: 'https://example.org/a',
      date: '2023-05',
      accessed: '2026-12-01',
      supports: 'what it says',
    },
  ],
  ...fields,
});
const parsed = parseLeads('be.yaml', [
  lead('with-code', { municipality: menen.code, place: 'Menen' }),
  lead('without-code', { place: 'Westhoek', nameLang: 'fr' }),
]);
const outcomes = (n: number) => ({ phone: n, 'no-phone': 0, general: 0, fallback: 0, none: 0 });
const forecast: ForecastRow[] = [
  { months: 0, date: today, byCountry: { NL: outcomes(3), BE: outcomes(5) } },
  { months: 6, date: new Date('2027-06-01T00:00:00Z'), byCountry: { BE: outcomes(4), NL: outcomes(2) } },
];
const input = { entries, leads: parsed.leads, forecast, municipalities };

describe('data report page view', () => {
  test('the synthetic leads are valid', () => expect(parsed.problems).toEqual([]));

  test('count tables: most entries first, ties by key', () => {
    expect(sortedCounts({ b: 2, a: 2, c: 5, d: 1 }).map(([k]) => k)).toEqual(['c', 'a', 'b', 'd']);
    const view = dataReportView(input, today, 'en');
    for (const table of view.tables) {
      const counts = table.rows.map((r) => r.count);
      expect(counts, table.id).toEqual([...counts].sort((a, b) => b - a));
    }
  });

  test('"unknown" is the word for no value, unless the vocabulary has its own unknown (status)', () => {
    for (const lang of uiLanguages) {
      const t = translator(lang);
      const view = dataReportView(input, today, lang);
      const level = view.tables.find((x) => x.id === 'level')!;
      expect(level.rows.map((r) => r.label)).toContain(t('dataReport.unknown'));
      const status = view.tables.find((x) => x.id === 'status')!;
      expect(status.rows.map((r) => r.label)).toContain(labelOf(statuses, 'unknown', lang));
    }
  });

  test('inferred values are a column, with 0 where none is inferred, only on the tables that count them; each table its own note', () => {
    const t = translator('en');
    const view = dataReportView(input, today, 'en');
    const byId = Object.fromEntries(view.tables.map((x) => [x.id, x]));
    expect(view.tables.filter((x) => x.hasInferred).map((x) => x.id)).toEqual(['level', 'method', 'target']);
    for (const x of view.tables)
      expect(
        x.rows.every((r) => (r.inferred !== undefined) === x.hasInferred),
        x.id,
      ).toBe(true);
    const level = Object.fromEntries(byId.level!.rows.map((r) => [r.label, r]));
    expect(level[labelOf(preventionLevels, 'primary', 'en')]).toMatchObject({ count: 2, inferred: 1 });
    expect(level[labelOf(preventionLevels, 'secondary', 'en')]).toMatchObject({ count: 1, inferred: 0 });
    expect(byId.level!.note).toBe(t('dataReport.inferredNote'));
    expect(byId.region!.note).toBe(t('dataReport.byRegionNote'));
    expect(byId.country!.note).toBeUndefined();
  });

  test('entries are linked to their page and named as it names them, in each language', () => {
    for (const lang of uiLanguages) {
      const view = dataReportView(input, today, lang);
      const links = [...view.verifyNext, ...view.evidenceAge.rows, ...view.quality.flatMap((q) => q.links)];
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) {
        const entry = entries.find((e) => routes.initiative(lang, e.data.id) === link.href);
        expect(entry, link.href).toBeDefined();
        expect(link.name).toBe(shownName(entry!.data, lang));
      }
      // The entry without phone or e-mail is in the first quality list, and only it.
      expect(view.quality[0]!.links.map((l) => l.href)).toEqual([routes.initiative(lang, 'no-level')]);
    }
  });

  test('forecast: each moment in order, then each country by code; the first moment is today', () => {
    const t = translator('fr');
    const view = dataReportView(input, today, 'fr');
    expect(view.forecast.rows.map((r) => [r.country, r.phone])).toEqual([
      [labelOf(countries, 'BE', 'fr'), 5],
      [labelOf(countries, 'NL', 'fr'), 3],
      [labelOf(countries, 'BE', 'fr'), 4],
      [labelOf(countries, 'NL', 'fr'), 2],
    ]);
    expect(view.forecast.rows[0]!.when).toBe(t('dataReport.forecastToday', { date: formatDate(today, 'fr') }));
    expect(view.forecast.rows[2]!.when).toBe(
      t('dataReport.forecastAfter', { months: 6, date: formatDate(forecast[1]!.date, 'fr') }),
    );
  });

  test('a lead is placed in the page’s language when its municipality is known, and its name marked when in another language', () => {
    for (const lang of uiLanguages) {
      const [withCode, withoutCode] = dataReportView(input, today, lang).leads;
      expect(withCode!.place).toBe(`${municipalityName(menen, lang)} (${labelOf(countries, 'BE', lang)})`);
      expect(withoutCode!.place).toBe(`Westhoek (${labelOf(countries, 'BE', lang)})`);
      expect(withCode!.nameLang).toBe(lang === 'nl' ? undefined : 'nl');
      expect(withoutCode!.nameLang).toBe(lang === 'fr' ? undefined : 'fr');
      expect(withCode!.known).toBe(parsed.leads[0]!.known[lang]);
    }
  });

  test('the shares sentence only when both sides of the 2018 mapping have a level a source states', () => {
    // No entry here comes from the 2018 mapping: there are no stated levels to share.
    expect(dataReportView(input, today, 'en').guide.shares).toBeUndefined();
    expect(dataReportView(input, today, 'en').guide.rows.map((r) => r.fiches)).toEqual([0, 0]);
    const fiche = (id: string, side: 'nl' | 'fr', level: string) =>
      directoryEntry({
        id,
        fields: {
          mapping2018: { fiche: id, side, attribution: 'confirmed' },
          preventionLevels: { values: [level], inferred: false },
        },
      });
    const onlyDutch = dataReportView({ ...input, entries: [fiche('nl-a', 'nl', 'secondary')] }, today, 'en');
    expect(onlyDutch.guide.shares).toBeUndefined();
    const both = dataReportView(
      { ...input, entries: [fiche('nl-a', 'nl', 'secondary'), fiche('fr-a', 'fr', 'primary')] },
      today,
      'en',
    );
    expect(both.guide.shares).toBe(
      translator('en')('dataReport.shares', { frPrimary: 100, nlPrimary: 0, frLater: 0, nlLater: 100 }),
    );
    expect(both.guide.rows.map((r) => r.levels.map((l) => l.stated))).toEqual([
      [0, 1, 0],
      [1, 0, 0],
    ]);
  });
});
