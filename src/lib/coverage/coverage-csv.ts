/**
 * The two coverage CSV files (/data/coverage.csv, /data/coverage-areas.csv), each written through one
 * column table: a column is declared once, with its name, its Table Schema type, unit and constraints, and
 * how a row gives its value. exports/columns.ts lists these tables beside the initiatives one, so the Data
 * Package's Table Schemas and the open-data page's dictionary (descriptions: `columns.<table>.<column>` in
 * src/i18n/…/columns.json) follow the same declaration as the file.
 */
import { count, keys, tableCsv, valueColumn, type ValueColumn } from '../exports/column-spec.ts';
import type { Municipality } from '../geo/municipalities.ts';
import { provinceName } from '../geo/province-names.ts';
import { countries, regions } from '../../schemas/vocabularies/place-and-kind.ts';
import { labelOf } from '../../schemas/vocabularies/labels.ts';
import { uiLanguages, type UiLanguage } from '../../schemas/languages.ts';
import type { AreaSummary } from './areas.ts';
import { levelKeys, reportTargetGroupKeys, type MunicipalityCoverage } from './municipality-coverage.ts';

/** A column name's part for a vocabulary key: "young-people" is written young_people. */
const part = (key: string) => key.replaceAll('-', '_');

/** One row of coverage.csv: a municipality and its counts. */
interface MunicipalityRow {
  m: Municipality;
  c: MunicipalityCoverage;
}
const m = valueColumn<MunicipalityRow>();

/** The columns of coverage.csv, in the order they are written. */
export const coverageColumns: readonly ValueColumn<MunicipalityRow>[] = [
  m('country', 'string', (r) => r.m.country, { constraints: { required: true, enum: keys(countries) } }),
  m('code', 'string', (r) => r.m.code, { constraints: { required: true, unique: true } }),
  // The municipality's official names from the geo table (its official languages), not labels per UI language.
  m('name_nl', 'string', (r) => r.m.nameNl, { constraints: { required: true } }),
  m('name_fr', 'string', (r) => r.m.nameFr),
  m('name_de', 'string', (r) => r.m.nameDe),
  m('province_code', 'string', (r) => r.m.provinceCode),
  m('province', 'string', (r) => r.m.province),
  m('region', 'string', (r) => r.m.region, { constraints: { required: true, enum: keys(regions) } }),
  m('population', 'integer', (r) => r.m.population, count('inhabitants')),
  // (a) help a family can contact, confirmed current: the only columns the headline figures use.
  m('family_help_all', 'integer', (r) => r.c.all, count('initiatives')),
  m('family_help_local_regional', 'integer', (r) => r.c.localRegional, count('initiatives')),
  m('family_help_wide', 'integer', (r) => r.c.wide, count('initiatives')),
  ...levelKeys.map((level) => m(`family_${level}_all`, 'integer', (r) => r.c.levels[level], count('initiatives'))),
  ...levelKeys.map((level) =>
    m(`family_${level}_local_regional`, 'integer', (r) => r.c.localLevels[level], count('initiatives')),
  ),
  ...reportTargetGroupKeys.map((group) =>
    m(`family_${part(group)}_local_regional`, 'integer', (r) => r.c.localTargetGroups[group], count('initiatives')),
  ),
  m('family_help_based_here', 'integer', (r) => r.c.based, count('initiatives')),
  // (b) and (c): separate columns, never part of (a).
  m('professional_only_help', 'integer', (r) => r.c.professional, count('initiatives')),
  m('unconfirmed_help', 'integer', (r) => r.c.unconfirmed, count('initiatives')),
  // Empty for Belgium: the Zorg- en Veiligheidshuis is a Dutch institution.
  m('zorg_en_veiligheidshuis', 'integer', (r) => (r.m.country === 'NL' ? r.c.zvh : ''), {
    unit: 'initiatives',
    constraints: { minimum: 0 },
  }),
  // (d) general lines (not specialised in radicalisation), never part of (a).
  m('general_line_help', 'integer', (r) => r.c.general, count('initiatives')),
];

/** The column names of coverage.csv, in order. */
export const coverageCsvColumns = coverageColumns.map((c) => c.name);

/** One row per municipality with its counts of each kind, in the order of the geo table. */
export function coverageCsv(
  municipalities: readonly Municipality[],
  coverage: readonly MunicipalityCoverage[],
): string {
  const byCode = new Map(coverage.map((c) => [c.code, c]));
  return tableCsv(
    coverageColumns,
    municipalities.map((mu) => ({ m: mu, c: byCode.get(mu.code)! })),
  );
}

/** An area's name in a UI language: countries and regions from their vocabularies, provinces from province-names.ts. */
export function areaName(area: AreaSummary, lang: UiLanguage): string {
  if (area.kind === 'country') return labelOf(countries, area.code, lang);
  if (area.kind === 'region') return labelOf(regions, area.code, lang);
  return provinceName(area.code, lang, area.name);
}

const a = valueColumn<AreaSummary>();

/** The columns of coverage-areas.csv, in the order they are written: a name column per UI language. */
export const coverageAreasColumns: readonly ValueColumn<AreaSummary>[] = [
  a('level', 'string', (r) => r.kind, { constraints: { required: true, enum: ['country', 'region', 'province'] } }),
  a('country', 'string', (r) => r.country, { constraints: { required: true, enum: keys(countries) } }),
  a('region', 'string', (r) => (r.kind === 'country' ? '' : r.region), { constraints: { enum: keys(regions) } }),
  a('code', 'string', (r) => r.code, { constraints: { required: true, unique: true } }),
  ...uiLanguages.map((lang) =>
    a(`name_${lang}`, 'string', (r) => areaName(r, lang), { constraints: { required: true } }),
  ),
  a('municipalities', 'integer', (r) => r.municipalities, count('municipalities')),
  a('population', 'integer', (r) => r.population, count('inhabitants')),
  a('family_local_regional_municipalities', 'integer', (r) => r.local.municipalities, count('municipalities')),
  a('family_local_regional_population', 'integer', (r) => r.local.population, count('inhabitants')),
  a('family_any_municipalities', 'integer', (r) => r.family.municipalities, count('municipalities')),
  a('family_any_population', 'integer', (r) => r.family.population, count('inhabitants')),
  a('gap_municipalities', 'integer', (r) => r.gaps.municipalities, count('municipalities')),
  a('gap_population', 'integer', (r) => r.gaps.population, count('inhabitants')),
  a('professional_only_municipalities', 'integer', (r) => r.professional.municipalities, count('municipalities')),
  a('unconfirmed_municipalities', 'integer', (r) => r.unconfirmed.municipalities, count('municipalities')),
  ...levelKeys.map((level) =>
    a(`family_${level}_population`, 'integer', (r) => r.levels[level].population, count('inhabitants')),
  ),
  ...reportTargetGroupKeys.map((group) =>
    a(`family_${part(group)}_population`, 'integer', (r) => r.targetGroups[group].population, count('inhabitants')),
  ),
  a('general_line_municipalities', 'integer', (r) => r.general.municipalities, count('municipalities')),
  a(
    'gap_with_general_line_municipalities',
    'integer',
    (r) => r.gapsWithGeneral.municipalities,
    count('municipalities'),
  ),
  a('gap_with_general_line_population', 'integer', (r) => r.gapsWithGeneral.population, count('inhabitants')),
];

/** The column names of coverage-areas.csv, in order. */
export const coverageAreasCsvColumns = coverageAreasColumns.map((c) => c.name);

/** The report's per-country, per-region and per-province table as CSV, in the table's order. */
export function coverageAreasCsv(areas: readonly AreaSummary[]): string {
  return tableCsv(coverageAreasColumns, areas);
}
