/**
 * UI strings: one folder per language in src/i18n/, one flat JSON file per feature
 * ("common.json", "finder.json", …) with dotted keys. English is the reference: its keys are the
 * typed key list, and a unit test fails when another language misses one.
 */
import { uiLanguages, type UiLanguage } from './vocabularies.ts';

type Strings = Record<string, string>;

const files = import.meta.glob<Strings>('../i18n/*/*.json', { eager: true, import: 'default' });

function stringsFor(lang: UiLanguage): Strings {
  const merged: Strings = {};
  for (const [path, strings] of Object.entries(files)) {
    if (path.split('/').at(-2) === lang) Object.assign(merged, strings);
  }
  return merged;
}

export const uiStrings: Record<UiLanguage, Strings> = {
  nl: stringsFor('nl'),
  fr: stringsFor('fr'),
  en: stringsFor('en'),
};

export type UiKey = keyof typeof uiStrings.en & string;

export const defaultLanguage: UiLanguage = 'nl';

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (uiLanguages as readonly string[]).includes(value);
}

/**
 * Translator for one language. `{name}` placeholders are filled from `values`. A missing key shows
 * the key itself (and the i18n unit test fails), never an empty string.
 */
export function translator(lang: UiLanguage) {
  const strings = uiStrings[lang];
  return (key: UiKey, values: Record<string, string | number> = {}): string => {
    const template = strings[key] ?? uiStrings.en[key] ?? key;
    return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
  };
}

/** BCP 47 tag for `lang`, for Intl formatting and the html lang attribute. */
export const localeOf: Record<UiLanguage, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en' };

export function formatDate(date: Date, lang: UiLanguage): string {
  const formatted = new Intl.DateTimeFormat(localeOf[lang], { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
  // French writes the first of the month as an ordinal ("1er janvier 2026"); Intl gives "1 janvier".
  return lang === 'fr' && date.getUTCDate() === 1 ? formatted.replace(/^1(?=\s)/, '1er') : formatted;
}

export const languageNames: Record<UiLanguage, string> = { nl: 'Nederlands', fr: 'Français', en: 'English' };

export { uiLanguages, type UiLanguage };
