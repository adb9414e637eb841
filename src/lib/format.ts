/**
 * The one way UI text is filled in, on the server (src/i18n/translate.ts) and in the browser scripts alike
 * (this module holds no strings, so a script importing it ships a few hundred bytes).
 */

export type FormatValues = Readonly<Record<string, string | number>>;

/**
 * Fills `{name}` placeholders from `values`. Values are written as given (a year stays 2024: format a
 * quantity with Intl.NumberFormat before, or use `plural`). A placeholder without a value stays as it
 * is, so a template can be filled in two steps (on the server, then in the browser).
 */
export function format(template: string, values: FormatValues = {}): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name];
    return value === undefined ? placeholder : String(value);
  });
}

/** Templates for a count: `one` and `other` by the language's plural rules, `zero` (if given) for exactly 0. */
export interface PluralTemplates {
  zero?: string;
  one: string;
  other: string;
}

/** The template for `count` by Intl.PluralRules of `locale`, filled with `{count}` written for the locale (1 234) and `values`. */
export function plural(templates: PluralTemplates, count: number, locale: string, values: FormatValues = {}): string {
  const { rules, numbers } = countFormatFor(locale);
  const template =
    count === 0 && templates.zero !== undefined
      ? templates.zero
      : rules.select(count) === 'one'
        ? templates.one
        : templates.other;
  return format(template, { ...values, count: numbers.format(count) });
}

// One pair per locale: building Intl objects costs far more than using them, and the build writes
// counts on every card of thousands of pages.
const countFormats = new Map<string, { rules: Intl.PluralRules; numbers: Intl.NumberFormat }>();
function countFormatFor(locale: string) {
  let pair = countFormats.get(locale);
  if (!pair)
    countFormats.set(locale, (pair = { rules: new Intl.PluralRules(locale), numbers: new Intl.NumberFormat(locale) }));
  return pair;
}
