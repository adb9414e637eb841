/**
 * The UI languages of the site, declared once: one line per language. Everything that differs per
 * language derives from this table or is typed `Record<UiLanguage, …>` so that `tsc` names every place
 * a new language still needs a value (path segments, vocabulary labels, letters); the routes, the
 * language switch, hreflang, the sitemap, the root language choice, the quick exit, the host rules,
 * the Pagefind indexes, the CSV label columns and the test loops all iterate `uiLanguages`.
 * tests/unit/languages.test.ts fails on a hand-written list of languages anywhere else.
 *
 * Adding a language (ARCHITECTURE.md, "Adding a language"): one line here, its UI strings in
 * src/i18n/<code>/, its guides in src/content/guides/<code>/, then whatever `npm run typecheck` names.
 * The order is the order of the language switch, the root page and the export columns.
 */
export interface LanguageDeclaration {
  /** BCP 47 tag: the html `lang` attribute (Pagefind picks its stemmer from it), hreflang, Intl formatting. */
  readonly locale: string;
  /** Locale of the dates in the keepers' letters (src/lib/directory/recheck-letter.ts, scripts/recheck.ts). */
  readonly letterLocale: string;
  /** The language's name in itself, as the language switch and the root page offer it. */
  readonly name: string;
  /** Where the quick exit goes: a neutral, common page in this language (the Belgian weather service). */
  readonly quickExitUrl: string;
}

export const languages = {
  nl: { locale: 'nl-BE', letterLocale: 'nl-BE', name: 'Nederlands', quickExitUrl: 'https://www.meteo.be/nl' },
  fr: { locale: 'fr-BE', letterLocale: 'fr-BE', name: 'Français', quickExitUrl: 'https://www.meteo.be/fr' },
  en: { locale: 'en', letterLocale: 'en-GB', name: 'English', quickExitUrl: 'https://www.meteo.be/en' },
  de: { locale: 'de-BE', letterLocale: 'de-BE', name: 'Deutsch', quickExitUrl: 'https://www.meteo.be/de' },
} as const satisfies Record<string, LanguageDeclaration>;

export type UiLanguage = keyof typeof languages;

/** The codes in declaration order, as a non-empty tuple (the shape `z.enum` wants). */
export const uiLanguages = Object.keys(languages) as [UiLanguage, ...UiLanguage[]];

/** A value for every language, built from one function: `perLanguage((lang) => …)`. */
export function perLanguage<T>(build: (lang: UiLanguage) => T): Record<UiLanguage, T> {
  return Object.fromEntries(uiLanguages.map((lang) => [lang, build(lang)])) as Record<UiLanguage, T>;
}

/** Whether a string is one of the declared language codes (a path segment, a field name, a CSV suffix). */
export function isUiLanguage(value: string): value is UiLanguage {
  return Object.hasOwn(languages, value);
}

/** A regular-expression alternation of the codes, `nl|fr|en|…`, for patterns that name a language. */
export const languagePattern = uiLanguages.join('|');
