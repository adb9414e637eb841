/**
 * What a page gives the place lookup's browser scripts (near-me and the A–Z page's resolver): the UI
 * strings they show, the language and the URLs to go on to. Built at build time, once per language.
 */
import { pickStrings, uiStrings, type UiKey } from '../../i18n/translate.ts';
import { routes, segments } from '../routes.ts';
import { provinceNames } from './province-names.ts';
import { labelOf } from '../../schemas/vocabularies/labels.ts';
import { regions } from '../../schemas/vocabularies/place-and-kind.ts';
import { type UiLanguage } from '../../schemas/languages.ts';

// The strings the scripts show: every nearMe.* text and the place.* texts of the lookup's answers (the
// municipality page's own place.* texts stay on the server). src/scripts/place-answer.ts reads them typed.
const answerKeys = [
  'place.sameName',
  'place.region',
  'place.wholeRegion',
  'place.didYouMean',
  'place.didYouMeanSeveral',
  'place.azResolving',
  'place.azQuery',
  'place.choiceTitle',
  'place.choiceLead',
  'place.azLetters',
] as const satisfies readonly UiKey[];
type NearMeKey = Extract<UiKey, `nearMe.${string}`>;
export type PlaceAnswerKey = NearMeKey | (typeof answerKeys)[number];
const placeAnswerKeys: readonly PlaceAnswerKey[] = [
  ...(Object.keys(uiStrings.en) as UiKey[]).filter((key): key is NearMeKey => key.startsWith('nearMe.')),
  ...answerKeys,
];

export function placeAnswerContext(lang: UiLanguage) {
  const strings = pickStrings(lang, placeAnswerKeys);
  // The finder filtered to the region: the "whole region" answer for Brussels.
  const region = (code: 'BE-BRU') => ({
    url: `${routes.section(lang, 'initiatives')}?region=${code}`,
    label: labelOf(regions, code, lang),
  });
  return {
    lang,
    strings,
    municipalityBase: `/${lang}/${segments.municipality[lang]}/`,
    azUrl: routes.section(lang, 'municipalities'),
    helplinesUrl: routes.section(lang, 'initiatives'),
    regions: { 'BE-BRU': region('BE-BRU') },
    // places.json gives each province in its regional language ("Liège", "Noord-Holland"), once for all
    // three pages; this maps either official form to the page's own ("Luik" on a Dutch page).
    provinces: Object.fromEntries(
      Object.values(provinceNames).flatMap((names) => [
        [names.nl, names[lang]],
        [names.fr, names[lang]],
      ]),
    ),
  };
}
