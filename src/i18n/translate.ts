/**
 * UI strings: one folder per language in src/i18n/, one flat JSON file per key prefix with dotted
 * keys: `data-report.json` holds `dataReport.*` (kebab-case file, camelCase prefix; checked by
 * tests/unit/i18n-files.test.ts). Every JSON file in a language's folder is loaded (a glob), so a new
 * file needs no change here.
 *
 * English is the reference for the types: src/integrations/ui-string-types.ts declares
 * `EnglishUiStrings` from the files in src/i18n/en/ at `astro sync` / `astro build`, so `UiKey` is the
 * union of the literal keys and a mistyped or missing key fails `tsc`. tests/unit/i18n.test.ts fails
 * when a language misses a key or has one English does not, or a plural key misses a form. Counts:
 * `pluralize` (one key per plural form, chosen by Intl.PluralRules); placeholders: `format`.
 */
import { format, plural, type FormatValues, type PluralTemplates } from '../lib/format.ts';
import { languages, perLanguage, type UiLanguage } from '../schemas/languages.ts';

/** A key of the UI strings (English files), e.g. 'common.unknown'. */
export type UiKey = keyof EnglishUiStrings & string;
export type UiStrings = Record<UiKey, string>;

const files = import.meta.glob<Record<string, string>>('../i18n/*/*.json', { eager: true, import: 'default' });

function stringsFor(lang: UiLanguage): UiStrings {
  const merged: Record<string, string> = {};
  for (const [path, strings] of Object.entries(files)) {
    if (path.split('/').at(-2) === lang) Object.assign(merged, strings);
  }
  // Checked by the i18n unit test (same keys in every language), not at run time.
  return merged as UiStrings;
}

export const uiStrings: Record<UiLanguage, UiStrings> = perLanguage(stringsFor);

/**
 * The strings of `keys` in `lang`, under their own keys, for a page to give a browser script
 * (`data-strings`, read by src/scripts/strings.ts). Raw templates: the script fills the placeholders.
 */
export function pickStrings<K extends UiKey>(lang: UiLanguage, keys: readonly K[]): Pick<UiStrings, K> {
  return Object.fromEntries(keys.map((key) => [key, uiStrings[lang][key] ?? uiStrings.en[key] ?? key])) as Pick<
    UiStrings,
    K
  >;
}

/** BCP 47 tag for `lang`, for Intl formatting and the html lang attribute. */
export const localeOf: Record<UiLanguage, string> = perLanguage((lang) => languages[lang].locale);

/**
 * Translator for one language. `{name}` placeholders are filled from `values` (see `format`). A missing key shows the English text, then the key itself (and the i18n unit test
 * fails), never an empty string.
 */
export function translator(lang: UiLanguage) {
  const strings = uiStrings[lang];
  const t = (key: UiKey, values: FormatValues = {}): string => format(strings[key] ?? uiStrings.en[key] ?? key, values);
  return t;
}

/**
 * A text that depends on a count is one key per plural form: `<base>.one` and `<base>.other`, and
 * `<base>.zero` where "0 …" reads badly ("No results"). `PluralKey` is such a base, e.g. 'search.count'.
 */
type PluralBaseOf<K> = K extends `${infer Base}.other` ? (`${Base}.one` extends UiKey ? Base : never) : never;
export type PluralKey = PluralBaseOf<UiKey>;

/** The text for `count` in `lang`: the form Intl.PluralRules picks (see `plural`), filled with `{count}` and `values`. */
export function pluralize(lang: UiLanguage, base: PluralKey, count: number, values: FormatValues = {}): string {
  return plural(pluralTemplates(lang, base), count, localeOf[lang], values);
}

/** The forms of `base` in `lang`, for `plural` (and for a browser script that counts by itself). */
export function pluralTemplates(lang: UiLanguage, base: PluralKey): PluralTemplates {
  const strings = uiStrings[lang] as Record<string, string | undefined>;
  const text = (form: 'zero' | 'one' | 'other') =>
    strings[`${base}.${form}`] ?? (uiStrings.en as Record<string, string | undefined>)[`${base}.${form}`];
  const zero = text('zero');
  return { one: text('one') ?? base, other: text('other') ?? base, ...(zero !== undefined ? { zero } : {}) };
}

// One formatter per language: building an Intl.DateTimeFormat costs far more than using one, and
// every entry page writes dates (a profile of the 2,000-entry build found 7 s here).
const dateFormats = new Map<UiLanguage, Intl.DateTimeFormat>();
export function formatDate(date: Date, lang: UiLanguage): string {
  let formatter = dateFormats.get(lang);
  if (!formatter)
    dateFormats.set(
      lang,
      (formatter = new Intl.DateTimeFormat(localeOf[lang], {
        year: 'numeric',
        month: 'long',
        day: 'numeric',
        timeZone: 'UTC',
      })),
    );
  const formatted = formatter.format(date);
  // French writes the first of the month as an ordinal ("1er janvier 2026"); Intl gives "1 janvier".
  return lang === 'fr' && date.getUTCDate() === 1 ? formatted.replace(/^1(?=\s)/, '1er') : formatted;
}

/** Each language's name in itself (src/schemas/languages.ts). */
export const languageNames: Record<UiLanguage, string> = perLanguage((lang) => languages[lang].name);
