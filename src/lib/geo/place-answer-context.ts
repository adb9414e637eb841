/**
 * What a page gives the place lookup's browser scripts (near-me and the A–Z page's resolver): the UI
 * strings they show, the language and the URLs to go on to. Built at build time, once per language.
 */
import { uiStrings } from '../../i18n/translate.ts';
import { routes, segments } from '../routes.ts';
import { provinceNames } from './province-names.ts';
import { labelOf, regions, type UiLanguage } from '../../schemas/vocabularies.ts';

// The place.* keys of the lookup's answers (the municipality page's own place.* texts stay on the server).
const answerKeys = new Set(['sameName', 'region', 'wholeRegion', 'didYouMean', 'didYouMeanSeveral', 'azResolving', 'azQuery', 'choiceTitle', 'choiceLead', 'azLetters'].map((name) => `place.${name}`));

export function placeAnswerContext(lang: UiLanguage) {
  const strings = Object.fromEntries(Object.entries(uiStrings[lang]).filter(([key]) => key.startsWith('nearMe.') || answerKeys.has(key)));
  // The finder filtered to the region: the "whole region" answer for Brussels.
  const region = (code: 'BE-BRU') => ({ url: `${routes.section(lang, 'initiatives')}?region=${code}`, label: labelOf(regions, code, lang) });
  return {
    lang,
    strings,
    municipalityBase: `/${lang}/${segments.municipality[lang]}/`,
    azUrl: routes.section(lang, 'municipalities'),
    helplinesUrl: routes.section(lang, 'initiatives'),
    regions: { 'BE-BRU': region('BE-BRU') },
    // places.json gives each province in its regional language ("Liège", "Noord-Holland"), once for all
    // three pages; this maps either official form to the page's own ("Luik" on a Dutch page).
    provinces: Object.fromEntries(Object.values(provinceNames).flatMap((names) => [[names.nl, names[lang]], [names.fr, names[lang]]])),
  };
}
