/**
 * What the map and coverage pages hand their components: table rows and the island's UI strings.
 * Pure (no Astro), so the pages stay thin.
 */
import { levelKeys, type AreaSummary, type MunicipalityCoverage } from './coverage-report.ts';
import { municipalityName, type Municipality } from './geo.ts';
import { localeOf, translator, uiStrings, type UiLanguage } from './i18n.ts';
import { routes } from './routes.ts';
import { labelOf, preventionLevels, regions } from './vocabularies.ts';

export interface MunicipalityRow {
  code: string;
  name: string;
  url: string;
  /** Province, or the region where there is none (Brussels). */
  place: string;
  population: number;
  all: number;
  local: number;
  levels: Record<string, number>;
  /** Initiatives based here (the map's markers). */
  based: number;
}

/** One row per municipality, alphabetical in the page language. */
export function municipalityRows(lang: UiLanguage, municipalities: readonly Municipality[], coverage: readonly MunicipalityCoverage[]): MunicipalityRow[] {
  const byCode = new Map(coverage.map((c) => [c.code, c]));
  return municipalities
    .map((m) => {
      const c = byCode.get(m.code);
      return {
        code: m.code,
        name: municipalityName(m, lang),
        url: routes.municipality(lang, m.slug[lang]),
        place: m.province || labelOf(regions, m.region, lang),
        population: m.population,
        all: c?.all ?? 0,
        local: c?.localRegional ?? 0,
        levels: { ...(c?.levels ?? {}) },
        based: c?.based ?? 0,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, lang));
}

/** The island's strings: the map.* keys it uses (not the report's, table's or vintage's), in one language. */
export function mapIslandStrings(lang: UiLanguage): Record<string, string> {
  const strings = uiStrings[lang];
  // places.didYouMean: the search field answers a typo as near-me does ("Did you mean Genk?").
  return Object.fromEntries(Object.entries(strings).filter(([key]) => (key.startsWith('map.') && !/^map\.(report|table|vintage|sort)/.test(key)) || key === 'places.didYouMean'));
}

/** A share as a percentage in the page language: one decimal below 10 % so small shares never read as 0. */
export function percent(lang: UiLanguage, part: number, whole: number): string {
  const share = whole > 0 ? part / whole : 0;
  const digits = share > 0 && share < 0.1 ? 1 : 0;
  return new Intl.NumberFormat(localeOf[lang], { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(share);
}

/** Name of an area row: the region's label, or the province name. */
export function areaName(area: AreaSummary, lang: UiLanguage): string {
  return area.kind === 'region' ? labelOf(regions, area.code, lang) : area.name;
}

/** The plain-language reading of the report's figures, one sentence per line. */
export function coverageReading(lang: UiLanguage, areas: readonly AreaSummary[], onlyWideCount: number): string[] {
  const t = translator(lang);
  const number = new Intl.NumberFormat(localeOf[lang]);
  const regionsOnly = areas.filter((a) => a.kind === 'region');
  const lines = regionsOnly.map((a) =>
    t('map.report.readingArea', { area: areaName(a, lang), served: number.format(a.local.municipalities), total: number.format(a.municipalities), share: percent(lang, a.local.population, a.population) }),
  );
  const population = regionsOnly.reduce((sum, a) => sum + a.population, 0);
  const byLevel = levelKeys.map((level) => ({ level, reached: regionsOnly.reduce((sum, a) => sum + a.levels[level].population, 0) }));
  const weakest = [...byLevel].sort((a, b) => a.reached - b.reached)[0];
  if (weakest) lines.push(t('map.report.readingLevel', { level: labelOf(preventionLevels, weakest.level, lang).toLowerCase(), share: percent(lang, weakest.reached, population) }));
  if (onlyWideCount > 0) lines.push(t('map.report.readingOnlyWide', { count: number.format(onlyWideCount) }));
  lines.push(t('map.report.readingCaveat'));
  return lines;
}
