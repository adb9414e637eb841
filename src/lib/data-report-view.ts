/**
 * What the data-report page shows, in one language: the counts of data-report.ts (buildReport) turned
 * into labelled, sorted rows and worded sentences, the freshness forecast per country, the leads with
 * their place in the page's language, and the quality lists with links. Pure: give it the directory,
 * the leads, the forecast, the geo table, the build date and the language; the page only renders it.
 */
import { buildReport, verdictKeys, type Counts } from './data-report.ts';
import { CONTACT_WINDOW_MONTHS, STATUS_WINDOW_MONTHS, type HelpKind } from './directory/evidence.ts';
import type { DirectoryEntry } from './directory/directory.ts';
import type { ForecastRow } from './directory/freshness.ts';
import { describeSourceDate } from './directory/source-date.ts';
import { shownName } from './directory/initiative-name.ts';
import type { Municipality } from './geo/municipalities.ts';
import { municipalityName } from './geo/municipality-name.ts';
import { routes } from './routes.ts';
import { formatDate, localeOf, pluralize, translator, type UiKey } from '../i18n/translate.ts';
import { leadConfidences, leadReasons, type Lead } from '../schemas/lead.ts';
import { countries, languageSides, regions } from '../schemas/vocabularies/place-and-kind.ts';
import { labelOf, type Vocabulary } from '../schemas/vocabularies/labels.ts';
import { preventionLevels, targetGroups, workingMethods } from '../schemas/vocabularies/practice.ts';
import { statuses } from '../schemas/vocabularies/evidence-and-verification.ts';
import { type UiLanguage } from '../schemas/languages.ts';

export interface DataReportInput {
  entries: readonly DirectoryEntry[];
  leads: readonly Lead[];
  /** The freshness forecast on the build date (directory/freshness.ts forecast). */
  forecast: readonly ForecastRow[];
  municipalities: readonly Municipality[];
}

/** A link to an entry's page, named as that page names it. */
export interface EntryLink {
  href: string;
  name: string;
}

export interface CountTable {
  id: string;
  title: string;
  /** Most entries first, then by key; `inferred` only on a table that counts inferred values apart. */
  rows: { label: string; count: number; inferred?: number }[];
  hasInferred: boolean;
  /** A note under the table, if it has one. */
  note?: string;
}

const kindLabel = {
  family: 'figures.kind.family',
  general: 'figures.kind.general',
  professional: 'figures.kind.professional',
  unconfirmed: 'figures.kind.unconfirmed',
  none: 'figures.kind.none',
} as const satisfies Record<HelpKind, UiKey>;
const levels = ['primary', 'secondary', 'tertiary'] as const;

/** Counts sorted for reading: the largest first, ties by key. */
export const sortedCounts = (counts: Counts) =>
  Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

export function dataReportView(input: DataReportInput, today: Date, lang: UiLanguage) {
  const t = translator(lang);
  const report = buildReport(input.entries, today);
  const byId = new Map(input.entries.map((e) => [e.data.id, e]));
  const link = (id: string): EntryLink => {
    const entry = byId.get(id);
    return { href: routes.initiative(lang, id), name: entry ? shownName(entry.data, lang) : id };
  };
  const yearOf = (year: number | null) => (year === null ? t('dataReport.undated') : String(year));
  // "unknown" is a value of some vocabularies (status: no recent evidence); elsewhere it counts entries no source gives a value for.
  const label = (vocabulary: Vocabulary, key: string) =>
    key === 'unknown' && !(key in vocabulary) ? t('dataReport.unknown') : labelOf(vocabulary, key, lang);
  const table = (
    id: string,
    title: UiKey,
    counts: Counts,
    vocabulary: Vocabulary,
    inferred?: Counts,
    note?: UiKey,
  ): CountTable => ({
    id,
    title: t(title),
    rows: sortedCounts(counts).map(([key, count]) => ({
      label: label(vocabulary, key),
      count,
      ...(inferred ? { inferred: inferred[key] ?? 0 } : {}),
    })),
    hasInferred: inferred !== undefined,
    ...(inferred ? { note: t('dataReport.inferredNote') } : note ? { note: t(note) } : {}),
  });
  const { comparison, check } = report.mapping2018;
  const side = (s: 'nl' | 'fr') => comparison.find((c) => c.side === s)!;
  const [nl, fr] = [side('nl'), side('fr')];
  const shares = [check.primaryShare.fr, check.primaryShare.nl, check.laterShare.fr, check.laterShare.nl];
  const municipalities = new Map(input.municipalities.map((m) => [m.code, m]));
  // A lead's place in the page's language (Menen is Menin in French) when its municipality is known.
  const placeOf = (code: string | undefined, fallback: string) => {
    const m = code ? municipalities.get(code) : undefined;
    return m ? municipalityName(m, lang) : fallback;
  };
  const list = (items: string[]) => new Intl.ListFormat(localeOf[lang], { type: 'conjunction' }).format(items);
  const whenOf = (months: number, date: Date) =>
    months === 0
      ? t('dataReport.forecastToday', { date: formatDate(date, lang) })
      : t('dataReport.forecastAfter', { months, date: formatDate(date, lang) });
  const quality = [
    { key: 'dataReport.noContact', ids: report.quality.withoutPhoneOrEmail },
    { key: 'dataReport.stale', ids: report.quality.verifiedOverAYearAgo },
    { key: 'dataReport.statusUnknown', ids: report.quality.statusUnknown },
    { key: 'dataReport.placeholders', ids: report.quality.placeholders },
  ] as const;
  return {
    lead: t('dataReport.lead', { count: report.total }),
    guide: {
      caption: t('dataReport.comparisonCaption', { count: report.mapping2018.total }),
      levels: levels.map((level) => labelOf(preventionLevels, level, lang)),
      rows: comparison.map((c) => ({
        side: labelOf(languageSides, c.side, lang),
        fiches: c.fiches,
        withKnownLevel: c.withKnownLevel,
        inferredLevels: c.inferredLevels,
        stated: c.stated,
        levels: levels.map((level) => ({ all: c.byLevel[level], stated: c.statedByLevel[level] })),
      })),
      reading: t('dataReport.reading', {
        nlKnown: nl.withKnownLevel,
        nlTotal: nl.fiches,
        frKnown: fr.withKnownLevel,
        frTotal: fr.fiches,
        nlStated: nl.stated,
        frStated: fr.stated,
      }),
      // Only when both sides have a level a source states.
      shares: shares.every((s) => s !== undefined)
        ? t('dataReport.shares', {
            frPrimary: shares[0]!,
            nlPrimary: shares[1]!,
            frLater: shares[2]!,
            nlLater: shares[3]!,
          })
        : undefined,
      verdict: t(verdictKeys[check.verdict]),
    },
    tables: [
      table('country', 'dataReport.byCountry', report.byCountry, countries),
      table('side', 'dataReport.bySide', report.byLanguageSide, languageSides),
      table('region', 'dataReport.byRegion', report.byRegion, regions, undefined, 'dataReport.byRegionNote'),
      table('status', 'dataReport.byStatus', report.byStatus, statuses),
      table('level', 'dataReport.byLevel', report.byLevel, preventionLevels, report.inferred.byLevel),
      table('method', 'dataReport.byMethod', report.byMethod, workingMethods, report.inferred.byMethod),
      table('target', 'dataReport.byTarget', report.byTargetGroup, targetGroups, report.inferred.byTargetGroup),
    ],
    forecast: {
      lead: t('dataReport.forecastLead', { contactMonths: CONTACT_WINDOW_MONTHS, statusMonths: STATUS_WINDOW_MONTHS }),
      // Each moment, then each country in code order.
      rows: input.forecast.flatMap((row) =>
        Object.entries(row.byCountry)
          .sort()
          .map(([country, c]) => ({
            when: whenOf(row.months, row.date),
            country: labelOf(countries, country, lang),
            phone: c.phone,
            noPhone: c['no-phone'],
            general: c.general,
            fallback: c.fallback,
            none: c.none,
          })),
      ),
    },
    verifyNext: report.verifyNext.map((e) => ({ ...link(e.id), year: yearOf(e.year) })),
    evidenceAge: {
      caption: pluralize(lang, 'dataReport.ageCaption', report.evidenceAge.length),
      rows: report.evidenceAge.map((e) => ({ ...link(e.id), year: yearOf(e.year), kind: t(kindLabel[e.helpKind]) })),
    },
    leads: input.leads.map((lead) => ({
      id: lead.id,
      name: lead.name,
      // The lang attribute of the lead's name and sources: none when it is the page's language.
      nameLang: lead.nameLang === lang ? undefined : lead.nameLang,
      place: `${placeOf(lead.municipality, lead.place)} (${labelOf(countries, lead.country, lang)})`,
      known: lead.known[lang],
      sources: lead.sources.map((source) => ({
        url: source.url,
        title: source.title,
        dates: t('dataReport.leadSourceDates', {
          date: describeSourceDate(source.date, t, list),
          read: formatDate(source.accessed, lang),
        }),
      })),
      reason: labelOf(leadReasons, lead.reason, lang),
      confidence: labelOf(leadConfidences, lead.confidence, lang),
    })),
    quality: quality.map((q) => ({ text: pluralize(lang, q.key, q.ids.length), links: q.ids.map(link) })),
  };
}

export type DataReportView = ReturnType<typeof dataReportView>;
