/**
 * Plain-language descriptions of an entry for cards and pages ("heel Vlaanderen en Brussel",
 * "Vilvoorde", "18 gemeenten"), from the vocabularies and the geo table. Pure.
 */
import type { Municipality } from '../geo/municipalities.ts';
import { organizationInWords } from './organization.ts';
import { pluralize, translator, type UiKey } from '../../i18n/translate.ts';
import { provinceName } from '../geo/province-names.ts';
import type { Initiative } from '../../schemas/initiative.ts';
import { communities, countries, regions } from '../../schemas/vocabularies/place-and-kind.ts';
import { labelOf } from '../../schemas/vocabularies/labels.ts';
import { type UiLanguage } from '../../schemas/languages.ts';
import { municipalityName } from '../geo/municipality-name.ts';

/** What each community's services cover, in words (the community's own label names its people, not its area). */
const communityAreaKeys: Readonly<Record<string, UiKey>> = {
  vl: 'entry.where.communityArea.vl',
  fr: 'entry.where.communityArea.fr',
  de: 'entry.where.communityArea.de',
};
const wholeCountryKeys: Readonly<Record<string, UiKey>> = {
  BE: 'entry.where.wholeCountry.BE',
  NL: 'entry.where.wholeCountry.NL',
};

/**
 * Names of the Belgian administrative arrondissements that entries use (NIS codes, Statbel). Add a
 * line when an entry uses another one; an unnamed code still shows, as its number.
 */
const arrondissementNames: Readonly<Record<string, Readonly<Record<UiLanguage, string>>>> = {
  '23000': { nl: 'Halle-Vilvoorde', fr: 'Hal-Vilvorde', en: 'Halle-Vilvoorde', de: 'Halle-Vilvoorde' },
};

/** Where an entry works, in words, for a card or a page heading. */
/** An entry page lists the municipalities it serves by name up to this many (more is a region, named as such); the search words follow the list. */
export const MAX_LISTED_PLACES = 60;

export function describeCoverage(
  initiative: Initiative,
  served: readonly string[],
  byCode: ReadonlyMap<string, Municipality>,
  lang: UiLanguage,
): string {
  const t = translator(lang);
  const { scope, codes } = initiative.coverage;
  switch (scope) {
    case 'country':
      return codes.map((c) => (wholeCountryKeys[c] ? t(wholeCountryKeys[c]) : labelOf(countries, c, lang))).join(', ');
    case 'region':
      return codes.map((c) => labelOf(regions, c, lang)).join(', ');
    case 'community':
      return codes
        .map((c) =>
          t('entry.where.community', {
            community: labelOf(communities, c, lang),
            area: communityAreaKeys[c] ? t(communityAreaKeys[c]) : c,
          }),
        )
        .join(', ');
    case 'province': {
      const names = codes.map((c) =>
        provinceName(c, lang, [...byCode.values()].find((m) => m.provinceCode === c)?.province ?? c),
      );
      return t('entry.where.province', { names: names.join(', ') });
    }
    case 'arrondissement':
      return t('entry.where.arrondissement', {
        names: codes.map((c) => arrondissementNames[c]?.[lang] ?? c).join(', '),
        municipalities: pluralize(lang, 'entry.where.municipalities', served.length),
      });
    case 'municipalities': {
      if (served.length === 0) return t('entry.where.noList');
      if (served.length <= 3)
        return served.map((c) => (byCode.get(c) ? municipalityName(byCode.get(c)!, lang) : c)).join(', ');
      return pluralize(lang, 'entry.where.municipalities', served.length);
    }
    case 'unknown':
      return t('entry.where.unknown');
  }
}

/**
 * The organisation as a reader of `lang` sees it: its proper name, or who runs the service in words,
 * then the note after a comma, in the page's language; "Organisation not identified" (in `lang`) where
 * the entries write the placeholder "Onbekend (niet geïdentificeerd)" (rules in ./organization.ts).
 */
export function shownOrganization(initiative: Pick<Initiative, 'organization'>, lang: UiLanguage): string {
  return organizationInWords(initiative.organization, lang, translator(lang)('common.organizationUnknown'));
}
