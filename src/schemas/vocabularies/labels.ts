/**
 * Every closed vocabulary of the directory is declared once, in the files of this folder: key -> labels in
 * every UI language (src/schemas/languages.ts; `tsc` asks a new language for its labels).
 * - place-and-kind.ts: country, region, language side, community, coverage, kind of entry, remit;
 * - practice.ts: prevention levels, working methods, target groups;
 * - access-and-contact.ts: who may contact, referral, cost, channels, weekdays, service languages;
 * - evidence-and-verification.ts: status, confidence, verification method, 2018 mapping, seed documents.
 * This file holds what they share: the shape of a vocabulary and how to read its labels.
 *
 * The zod enums of the content model, the Pagefind filter keys, the facet pages and the exports all derive
 * from these maps, so a label and a filter can never drift apart. Keys are language-neutral and
 * stable: they appear in URLs and open data, so renaming one is a breaking change.
 */

import type { UiLanguage } from '../languages.ts';

export type Labels = Readonly<Record<UiLanguage, string>>;
export type Vocabulary = Readonly<Record<string, Labels>>;

/** Keys of a vocabulary as a non-empty tuple, the shape `z.enum` wants. */
export function keysOf<V extends Vocabulary>(vocabulary: V): [keyof V & string, ...(keyof V & string)[]] {
  return Object.keys(vocabulary) as [keyof V & string, ...(keyof V & string)[]];
}

/** Label of `key` in `vocabulary` for `lang`; falls back to the key so a missing label is visible, never blank. */
export function labelOf<V extends Vocabulary>(vocabulary: V, key: string, lang: UiLanguage): string {
  return vocabulary[key]?.[lang] ?? key;
}
