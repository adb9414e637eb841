/**
 * The UI strings of a language for the end-to-end tests, read from src/i18n/<lang>/*.json (the site's
 * translator reads them through Vite, which Playwright does not run), so a test names a control by the
 * words the page really shows, in every declared language.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { UiLanguage } from '../../src/schemas/languages.ts';

const cache = new Map<UiLanguage, Record<string, string>>();

export function uiStringsOf(lang: UiLanguage): Record<string, string> {
  const cached = cache.get(lang);
  if (cached) return cached;
  const strings: Record<string, string> = Object.assign(
    {},
    ...readdirSync(`src/i18n/${lang}`).map(
      (file) => JSON.parse(readFileSync(`src/i18n/${lang}/${file}`, 'utf8')) as Record<string, string>,
    ),
  );
  cache.set(lang, strings);
  return strings;
}

/** One string, with `{name}` placeholders filled; a missing key fails the test that asks for it. */
export function say(lang: UiLanguage, key: string, values: Record<string, string | number> = {}): string {
  const template = uiStringsOf(lang)[key];
  if (template === undefined) throw new Error(`no UI string ${key} in ${lang}`);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A string as a regular expression that matches it exactly. */
export const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
