/**
 * Field builders every part of the content model shares: a vocabulary as a zod enum, ids, municipality
 * codes, years, localised and reader texts, web addresses, inferred classifications, proper names. No part of the
 * model imports another part through here, so the parts never import each other in a cycle.
 */
import { z } from 'astro/zod';
import { keysOf, type Vocabulary } from './vocabularies/labels.ts';
import { serviceLanguages } from './vocabularies/access-and-contact.ts';
import { perLanguage, uiLanguages, type UiLanguage } from './languages.ts';

/** z.enum over a vocabulary, with an error that lists the allowed keys. */
export function vocabularyEnum<V extends Vocabulary>(vocabulary: V, what: string) {
  const keys = keysOf(vocabulary);
  return z.enum(keys, { error: () => `unknown ${what}; use one of: ${keys.join(', ')}` });
}

export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const belgianMunicipalityCode = /^\d{5}$/;

const dutchMunicipalityCode = /^GM\d{4}$/;

export const municipalityCodeSchema = z
  .string()
  .trim()
  .refine((code) => belgianMunicipalityCode.test(code) || dutchMunicipalityCode.test(code), {
    error: 'municipality code must be a 5-digit Belgian NIS code (e.g. 23088) or a Dutch CBS code (e.g. GM0363)',
  })
  .describe('Municipality code: Belgian NIS code of 2025 (5 digits) or Dutch CBS code (GM + 4 digits).');

export const yearSchema = z
  .number({ error: 'give a year as a number, e.g. 2018' })
  .int()
  .min(1950, { error: 'year looks wrong (before 1950)' })
  .max(2100, { error: 'year looks wrong (after 2100)' });

/** The English name of a language, for messages: "German". */
const languageName = (lang: keyof typeof serviceLanguages) => serviceLanguages[lang].en;

/** "Dutch, French and English" (or "nl, fr and en" with a mapping that returns codes). */
export const listOfLanguages = (name: (lang: UiLanguage) => string = languageName) =>
  uiLanguages
    .map(name)
    .reduce(
      (list, next, index, all) => (index === 0 ? next : `${list}${index === all.length - 1 ? ' and ' : ', '}${next}`),
      '',
    );

/** One language's text: a missing one is named with its fix ("add the German text"). */
function languageText(what: string, max: number, lang: keyof typeof serviceLanguages) {
  const name = languageName(lang);
  return z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `${what} in ${name} (${lang}) is missing: add the ${name} text on a line "${lang}: …", indented like the other languages`
          : `${what} (${lang}) must be text`,
    })
    .trim()
    .min(1, { error: `${what} in ${name} (${lang}) is empty: write the ${name} text` })
    .max(max, { error: `${what} (${lang}) is longer than ${max} characters` });
}

/** Localised short text: a key per UI language, each required, so a language added to uiLanguages is asked for. */
export const localisedText = (what: string, max: number) =>
  z.strictObject(perLanguage((lang) => languageText(what, max, lang)));

/**
 * Text a reader sees, in every UI language. A plain string is refused: it would show one language on
 * every page (a Dutch note on the French page), so the editor is told to give them all.
 */
export const readerText = (what: string, max: number) =>
  z.strictObject(localisedText(what, max).shape, {
    error: (issue) =>
      issue.code === 'invalid_type'
        ? `${what} must be given in ${listOfLanguages()}: write ${listOfLanguages((lang) => `${lang}:`)} on ${uiLanguages.length} indented lines below it, not one plain string`
        : undefined,
  });

export const httpUrl = z
  .string()
  .trim()
  .refine((value) => /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(value), {
    error: 'must be a full web address starting with http:// or https://, e.g. "https://www.example.be/"',
  });

/**
 * YAML reads an unquoted full date (2018-03-14) as a date, not as text: a field that keeps the date as the
 * source wrote it is text, so the editor is told to quote it.
 */
export const quotedDate = (field: string) => (issue: { input?: unknown }) =>
  issue.input instanceof Date
    ? `${field} is text: put the date in quotes, e.g. "${issue.input.toISOString().slice(0, 10)}"`
    : undefined;

/** A list of vocabulary values that may have been inferred from the sources rather than stated by them. */
export function classified<V extends Vocabulary>(vocabulary: V, what: string) {
  return z.strictObject({
    values: z
      .array(vocabularyEnum(vocabulary, what))
      .default([])
      .describe(`${what} values; empty when no source says.`),
    inferred: z
      .boolean()
      .default(false)
      .describe('True when the values are our reading of the sources, not stated by them; shown as inferred.'),
    note: z.string().trim().min(1).optional().describe('Why these values, when inferred.'),
  });
}

/** A proper name (of a service or an organisation): refused, with the fix, when `problemOf` finds a note or a description in it. */
export const properName = (problemOf: (name: string) => string | undefined) =>
  z
    .string()
    .trim()
    .min(2)
    .superRefine((name, ctx) => {
      const problem = problemOf(name);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
