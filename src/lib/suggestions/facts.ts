/**
 * Which facts of an entry a visitor or the service may suggest a change to, and their paths in the
 * suggestion message (message.ts): the contact details (website, each phone with its label and hours in
 * words, e-mail), the opening hours and the status. One list, read by the suggest page (the form and the
 * no-JavaScript e-mail) and by `npm run apply-suggestion` (which paths it accepts), so the two agree.
 *
 * Texts a reader sees are stored in nl, fr and en; a visitor edits the one of the page's language, so the
 * path ends in that language (`access.hours.fr`). The keeper translates the other two.
 */
import type { Initiative } from '../../schemas/initiative.ts';
import type { TextInLanguages } from '../directory/evidence.ts';
import { statuses } from '../../schemas/vocabularies/evidence-and-verification.ts';
import { type UiLanguage } from '../../schemas/languages.ts';
import { languagePattern, uiLanguages } from '../../schemas/languages.ts';
import { formatSuggestion, mailtoHref, type SuggestionField } from './message.ts';

export type FactKind = 'url' | 'tel' | 'email' | 'text' | 'status';

export interface Fact {
  path: string;
  /** The entry's current value; undefined when it has none. */
  value: string | undefined;
  kind: FactKind;
  /** Position of the phone in `contact.phones` (the next free one for a new number). */
  phone?: number;
}

/** The facts of the initiative shown in the suggest form, in the page's language, plus an empty slot for a phone number it lacks. */
export function suggestableFacts(
  initiative: Initiative,
  lang: UiLanguage,
): {
  website: Fact;
  phones: { index: number; isNew: boolean; number: Fact; label: Fact; hours: Fact }[];
  email: Fact;
  hours: Fact;
  status: Fact;
} {
  const { contact } = initiative;
  // A text the entry does not have in `lang` yet is an empty field to fill, not the English one.
  const inLang = (text: TextInLanguages | undefined) => text?.[lang];
  const phoneFacts = (index: number, phone: Initiative['contact']['phones'][number] | undefined) => ({
    index,
    isNew: phone === undefined,
    number: { path: `contact.phones.${index}.number`, value: phone?.number, kind: 'tel' as const, phone: index },
    label: {
      path: `contact.phones.${index}.label.${lang}`,
      value: inLang(phone?.label),
      kind: 'text' as const,
      phone: index,
    },
    hours: {
      path: `contact.phones.${index}.hours.${lang}`,
      value: inLang(phone?.hours),
      kind: 'text' as const,
      phone: index,
    },
  });
  return {
    website: { path: 'contact.website.url', value: contact.website?.url, kind: 'url' },
    phones: [
      ...contact.phones.map((phone, index) => phoneFacts(index, phone)),
      phoneFacts(contact.phones.length, undefined),
    ],
    email: { path: 'contact.email.address', value: contact.email?.address, kind: 'email' },
    hours: { path: `access.hours.${lang}`, value: inLang(initiative.access.hours), kind: 'text' },
    status: { path: 'status.value', value: initiative.status.value, kind: 'status' },
  };
}

/**
 * Every current fact as a message field with its `was:` (the no-JavaScript e-mail: the writer edits the
 * values in the mail). The empty new-phone slot is left out: a writer adds a number as a new field line.
 */
export function currentFactFields(
  initiative: Initiative,
  lang: UiLanguage,
  phoneComment: (position: number) => string,
): SuggestionField[] {
  const facts = suggestableFacts(initiative, lang);
  const field = (fact: Fact, comment?: string): SuggestionField => ({
    path: fact.path,
    value: fact.value,
    was: fact.value ?? null,
    ...(comment ? { comment } : {}),
  });
  return [
    field(facts.website),
    ...facts.phones
      .filter((phone) => !phone.isNew)
      .flatMap((phone) => [field(phone.number, phoneComment(phone.index + 1)), field(phone.label), field(phone.hours)]),
    field(facts.email),
    field(facts.hours),
    field(facts.status),
  ];
}

/** What a path names, when a suggestion may change it; undefined for any other path. */
export type SuggestablePath =
  | { field: 'website' }
  | { field: 'email' }
  | { field: 'phone-number'; phone: number }
  | { field: 'phone-text'; phone: number; text: 'label' | 'hours'; lang: UiLanguage }
  | { field: 'hours'; lang: UiLanguage }
  | { field: 'status' }
  | { field: 'successor' };

export function suggestablePath(path: string): SuggestablePath | undefined {
  if (path === 'contact.website.url') return { field: 'website' };
  if (path === 'contact.email.address') return { field: 'email' };
  if (path === 'status.value') return { field: 'status' };
  if (path === 'status.successor') return { field: 'successor' };
  let match = /^contact\.phones\.(\d{1,2})\.number$/.exec(path);
  if (match) return { field: 'phone-number', phone: Number(match[1]) };
  match = new RegExp(`^contact\\.phones\\.(\\d{1,2})\\.(label|hours)\\.(${languagePattern})$`).exec(path);
  if (match)
    return {
      field: 'phone-text',
      phone: Number(match[1]),
      text: match[2] as 'label' | 'hours',
      lang: match[3] as UiLanguage,
    };
  match = new RegExp(`^access\\.hours\\.(${languagePattern})$`).exec(path);
  if (match) return { field: 'hours', lang: match[1] as UiLanguage };
  return undefined;
}

/** The paths a suggestion may name, in words, for an error message. */
export const suggestablePathsInWords = `contact.website.url, contact.email.address, contact.phones.N.number, contact.phones.N.label.LANG, contact.phones.N.hours.LANG, access.hours.LANG (LANG is ${uiLanguages.join(', ')}), status.value, status.successor`;

/** The status values a suggestion may set (the schema's vocabulary). */
export const statusValues = Object.keys(statuses) as (keyof typeof statuses)[];

/**
 * The no-JavaScript way to suggest a change: a `mailto:` whose body holds an instruction in the reader's
 * language and the message with every current fact (each with its `was:`), so the writer edits the values in
 * the mail and `npm run apply-suggestion` reads it like a composed one.
 */
export function currentDetailsMailto(
  initiative: Initiative,
  lang: UiLanguage,
  words: {
    address: string;
    pageUrl: string;
    subject: string;
    intro: string;
    phoneComment: (position: number) => string;
  },
): string {
  const message = formatSuggestion({
    id: initiative.id,
    page: words.pageUrl,
    language: lang,
    fields: currentFactFields(initiative, lang, words.phoneComment),
    relation: 'unknown',
  });
  return mailtoHref(words.address, words.subject, `${words.intro}\n\n${message}`);
}
