/**
 * What the map and coverage pages hand their components: table rows and the island's UI strings.
 * Pure (no Astro), so the pages stay thin.
 */
import { levelKeys, type MunicipalityCoverage } from '../coverage/municipality-coverage.ts';
import type { Municipality } from '../geo/municipalities.ts';
import { localeOf, pluralize, translator, uiStrings } from '../../i18n/translate.ts';
import { routes } from '../routes.ts';
import { provinceName } from '../geo/province-names.ts';
import { countries, regions } from '../../schemas/vocabularies/place-and-kind.ts';
import { labelOf } from '../../schemas/vocabularies/labels.ts';
import { preventionLevels } from '../../schemas/vocabularies/practice.ts';
import { type UiLanguage } from '../../schemas/languages.ts';
import { headlineAreas, largestGap, type AreaSummary, type GapBreakdown } from '../coverage/areas.ts';
import { municipalityName } from '../geo/municipality-name.ts';

export interface MunicipalityRow {
  code: string;
  name: string;
  url: string;
  /** Province, or the region where there is none (Brussels). */
  place: string;
  population: number;
  /** (a) Help a family can contact, any reach. */
  all: number;
  /** (a) Of which local or regional. */
  local: number;
  /** (a) Per prevention level. */
  levels: Record<string, number>;
  /** (a) Based here (the map's markers). */
  based: number;
  /** (b) For professionals only; never part of `all`. */
  professional: number;
  /** (c) Not confirmed; never part of `all`. */
  unconfirmed: number;
}

/** One row per municipality, alphabetical in the page language. */
export function municipalityRows(
  lang: UiLanguage,
  municipalities: readonly Municipality[],
  coverage: readonly MunicipalityCoverage[],
): MunicipalityRow[] {
  const byCode = new Map(coverage.map((c) => [c.code, c]));
  return municipalities
    .map((m) => {
      const c = byCode.get(m.code);
      return {
        code: m.code,
        name: municipalityName(m, lang),
        url: routes.municipality(lang, m.slug[lang]),
        place: m.provinceCode ? provinceName(m.provinceCode, lang, m.province) : labelOf(regions, m.region, lang),
        population: m.population,
        all: c?.all ?? 0,
        local: c?.localRegional ?? 0,
        levels: { ...(c?.levels ?? {}) },
        based: c?.based ?? 0,
        professional: c?.professional ?? 0,
        unconfirmed: c?.unconfirmed ?? 0,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, lang));
}

/** The island's strings: the map.* keys it uses (not the report's, table's or vintage's), in one language. */
export function mapIslandStrings(lang: UiLanguage): Record<string, string> {
  const strings = uiStrings[lang];
  // place.didYouMean: the search field answers a typo as near-me does ("Did you mean Genk?");
  // audience.*: the municipality pages' audience switch, which orders the panel too.
  return Object.fromEntries(
    Object.entries(strings).filter(
      ([key]) =>
        (key.startsWith('map.') && !/^map\.(report|table|vintage|sort)/.test(key)) ||
        key.startsWith('figures.map.') ||
        key === 'place.didYouMean' ||
        key.startsWith('audience.'),
    ),
  );
}

/** A share as a percentage in the page language: one decimal below 10 % so small shares never read as 0. */
export function percent(lang: UiLanguage, part: number, whole: number): string {
  const share = whole > 0 ? part / whole : 0;
  const digits = share > 0 && share < 0.1 ? 1 : 0;
  return new Intl.NumberFormat(localeOf[lang], {
    style: 'percent',
    maximumFractionDigits: digits,
    minimumFractionDigits: 0,
  }).format(share);
}

/** Name of an area row in the page language: the country's or region's label, or the province's name. */
export function areaName(area: AreaSummary, lang: UiLanguage): string {
  if (area.kind === 'country') return labelOf(countries, area.code, lang);
  return area.kind === 'region' ? labelOf(regions, area.code, lang) : provinceName(area.code, lang, area.name);
}

/**
 * The plain-language reading of the report's figures, one sentence per line. Headline lines count (a),
 * help a family can contact; one line per area says apart how many municipalities have (b) or (c);
 * the last lines are the gaps and the caveat.
 */
export function coverageReading(
  lang: UiLanguage,
  areas: readonly AreaSummary[],
  onlyWideCount: number,
  gaps: GapBreakdown,
): string[] {
  const t = translator(lang);
  const number = new Intl.NumberFormat(localeOf[lang]);
  // Belgium by region (where the policies are made), the Netherlands as a whole.
  const headline = areas.filter((a) => a.kind === 'region' || (a.kind === 'country' && a.code === 'NL'));
  const lines: string[] = [];
  for (const a of headline) {
    const area = areaName(a, lang);
    const of = { area, total: number.format(a.municipalities) };
    lines.push(
      t('coverage.readingArea', {
        ...of,
        served: number.format(a.local.municipalities),
        share: percent(lang, a.local.population, a.population),
      }),
    );
    if (a.family.municipalities !== a.local.municipalities)
      lines.push(t('coverage.readingWide', { ...of, served: number.format(a.family.municipalities) }));
    lines.push(
      t('coverage.readingOther', {
        area,
        professional: number.format(a.professional.municipalities),
        unconfirmed: number.format(a.unconfirmed.municipalities),
      }),
    );
  }
  const population = headline.reduce((sum, a) => sum + a.population, 0);
  const byLevel = levelKeys.map((level) => ({
    level,
    reached: headline.reduce((sum, a) => sum + a.levels[level].population, 0),
  }));
  const weakest = [...byLevel].sort((a, b) => a.reached - b.reached)[0];
  if (weakest)
    lines.push(
      t('map.report.readingLevel', {
        level: labelOf(preventionLevels, weakest.level, lang).toLowerCase(),
        share: percent(lang, weakest.reached, population),
      }),
    );
  if (onlyWideCount > 0) lines.push(pluralize(lang, 'map.report.readingOnlyWide', onlyWideCount));
  const gapCount = gaps.professionalOnly + gaps.unconfirmedOnly + gaps.both + gaps.nothing;
  if (gapCount > 0) {
    lines.push(
      pluralize(lang, 'coverage.readingGaps', gapCount, {
        professional: number.format(gaps.professionalOnly),
        unconfirmed: number.format(gaps.unconfirmedOnly),
        both: number.format(gaps.both),
        nothing: number.format(gaps.nothing),
      }),
    );
  }
  lines.push(t('map.report.readingCaveat'));
  return lines;
}

/**
 * The largest gap in one or two sentences, for a policy maker who reads no table: the area, how many of its
 * municipalities and inhabitants have no confirmed specialised help a family can contact, and in how many
 * of them families reach only general lines. Computed from the areas (src/lib/coverage/areas.ts largestGap).
 */
export function largestGapSentence(lang: UiLanguage, areas: readonly AreaSummary[]): string | undefined {
  const gap = largestGap(areas);
  if (!gap) return undefined;
  const t = translator(lang);
  const number = new Intl.NumberFormat(localeOf[lang]);
  const values = {
    area: areaName(gap, lang),
    total: number.format(gap.municipalities),
    gaps: number.format(gap.gaps.municipalities),
    population: number.format(gap.gaps.population),
  };
  const first =
    gap.gaps.municipalities === gap.municipalities
      ? t('coverage.largestGapAll', values)
      : t('coverage.largestGapSome', values);
  const general = gap.gapsWithGeneral.municipalities;
  const second =
    general === 0
      ? undefined
      : general === gap.gaps.municipalities
        ? t('coverage.largestGapGeneralAll')
        : pluralize(lang, 'coverage.largestGapGeneralSome', general);
  // The other areas with a gap, largest first, in one more sentence: nothing a policy maker must find in a table.
  const others = headlineAreas(areas)
    .filter((a) => a !== gap && a.gaps.municipalities > 0)
    .sort((a, b) => b.gaps.population - a.gaps.population)
    .map((a) => {
      const v = {
        area: areaName(a, lang),
        total: number.format(a.municipalities),
        gaps: number.format(a.gaps.municipalities),
        population: number.format(a.gaps.population),
      };
      return a.gaps.municipalities === a.municipalities ? t('coverage.otherGapAll', v) : t('coverage.otherGapSome', v);
    });
  const third =
    others.length === 0
      ? undefined
      : t('coverage.otherGaps', { list: new Intl.ListFormat(localeOf[lang], { type: 'conjunction' }).format(others) });
  return [first, second, third].filter(Boolean).join(' ');
}
