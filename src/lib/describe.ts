/**
 * Plain-language descriptions of an entry for cards and pages ("heel Vlaanderen en Brussel",
 * "Vilvoorde", "18 gemeenten"), from the vocabularies and the geo table. Pure.
 */
import { municipalityName, type Municipality } from './geo.ts';
import { isPlaceholderOrganization } from './hsds.ts';
import type { Project } from './schema.ts';
import { communities, countries, labelOf, regions, type UiLanguage } from './vocabularies.ts';

const words = {
  wholeCountry: {
    BE: { nl: 'heel België', fr: 'toute la Belgique', en: 'all of Belgium' },
    NL: { nl: 'heel Nederland', fr: 'tous les Pays-Bas', en: 'all of the Netherlands' },
  },
  municipalities: { nl: 'gemeenten', fr: 'communes', en: 'municipalities' },
  arrondissement: { nl: 'arrondissement', fr: 'arrondissement', en: 'arrondissement' },
  province: { nl: 'provincie', fr: 'province', en: 'province' },
  unknown: { nl: 'werkgebied onbekend', fr: 'zone d’action inconnue', en: 'area served unknown' },
  noList: { nl: 'werkgebied niet gepubliceerd', fr: 'communes non publiées', en: 'municipalities not published' },
  communityArea: {
    vl: { nl: 'Vlaanderen en Brussel', fr: 'Flandre et Bruxelles', en: 'Flanders and Brussels' },
    fr: { nl: 'Wallonië en Brussel', fr: 'Wallonie et Bruxelles', en: 'Wallonia and Brussels' },
    de: { nl: 'de Duitstalige gemeenten', fr: 'les communes germanophones', en: 'the German-speaking municipalities' },
  },
} as const;

/**
 * Names of the Belgian administrative arrondissements that entries use (NIS codes, Statbel). Add a
 * line when an entry uses another one; an unnamed code still shows, as its number.
 */
const arrondissementNames: Readonly<Record<string, Readonly<Record<UiLanguage, string>>>> = {
  '23000': { nl: 'Halle-Vilvoorde', fr: 'Hal-Vilvorde', en: 'Halle-Vilvoorde' },
};

/** Where an entry works, in words, for a card or a page heading. */
export function describeCoverage(project: Project, served: readonly string[], byCode: ReadonlyMap<string, Municipality>, lang: UiLanguage): string {
  const { scope, codes } = project.coverage;
  switch (scope) {
    case 'country':
      return codes.map((c) => words.wholeCountry[c as keyof typeof words.wholeCountry]?.[lang] ?? labelOf(countries, c, lang)).join(', ');
    case 'region':
      return codes.map((c) => labelOf(regions, c, lang)).join(', ');
    case 'community':
      return codes.map((c) => `${labelOf(communities, c, lang)} (${words.communityArea[c as keyof typeof words.communityArea]?.[lang] ?? c})`).join(', ');
    case 'province': {
      const names = codes.map((c) => [...byCode.values()].find((m) => m.provinceCode === c)?.province ?? c);
      return `${words.province[lang]} ${names.join(', ')}`;
    }
    case 'arrondissement':
      return `${words.arrondissement[lang]} ${codes.map((c) => arrondissementNames[c]?.[lang] ?? c).join(', ')} (${served.length} ${words.municipalities[lang]})`;
    case 'municipalities': {
      if (served.length === 0) return words.noList[lang];
      if (served.length <= 3) return served.map((c) => (byCode.get(c) ? municipalityName(byCode.get(c)!, lang) : c)).join(', ');
      return `${served.length} ${words.municipalities[lang]}`;
    }
    case 'unknown':
      return words.unknown[lang];
  }
}

/**
 * The organisation as a reader sees it: the entries write "Onbekend (niet geïdentificeerd)" where no
 * source names one (src/lib/hsds.ts knows the forms); a page shows that in its own language instead.
 */
export function shownOrganizationName(name: string, unknownLabel: string): string {
  return isPlaceholderOrganization(name) ? unknownLabel : name;
}
