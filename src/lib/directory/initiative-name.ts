/**
 * The name of a service (an entry): what the schema refuses in it, and how a reader sees it.
 * `name` is the service's proper name as the sources print it (a 2018 fiche title, a published name),
 * the same on every language's page; when it is a description the initiative wrote in one language
 * ("Gemeente Utrecht – zorgen om radicalisering"), it stays as the original-language label (ids,
 * sorting across languages, HSDS service.name) and `shownName` gives what a reader sees in nl, fr and en.
 * A former name is `alternateName`; how firmly a 2018 fiche is tied is mapping2018.attribution.
 * Pure; the schema (src/schemas/initiative.ts) imports it, so it imports no schema value.
 */
import type { UiLanguage } from '../../schemas/languages.ts';
import { textIn, type TextInLanguages } from './evidence.ts';

// Every UI language once the entries carry it; English always (see textIn).
type Localised = TextInLanguages;

/** The name fields every part of the site reads (the schema's output type). */
export interface InitiativeNameFields {
  name: string;
  shownName?: Localised | undefined;
}

/**
 * Why a value is not a service's name, with the fix, or undefined when it may be one. Catches the
 * editorial notes once written into names in one language ("(Anderlecht, lien probable)",
 * "(later Forsa)", "(anciennement Mother's School)").
 */
export function initiativeNameProblem(name: string): string | undefined {
  const probable =
    /(?<!\p{L})(lien probable|verband waarschijnlijk|waarschijnlijk|probablement|probable|probably|likely)(?!\p{L})/iu.exec(
      name,
    );
  if (probable) {
    return `“${probable[1]}” is an editorial note, not part of the name: how firmly the 2018 fiche is tied to the service is mapping2018.attribution (probable); write only the service's name here`;
  }
  const former =
    /(?<!\p{L})(anciennement|auparavant|voorheen|vroeger|later|formerly|previously|earlier|eerder)(?!\p{L})/iu.exec(
      name,
    );
  if (former) {
    return `“${former[1]} …” is a former or later name, not part of the name: write the name the service has in name and the other one in alternateName (e.g. name: Exits, alternateName: Forsa)`;
  }
  return undefined;
}

/** The service's name as a reader of `lang` sees it: the translated name when the entry gives one, else its proper name. */
export function shownName(initiative: InitiativeNameFields, lang: UiLanguage): string {
  return initiative.shownName ? textIn(initiative.shownName, lang) : initiative.name;
}

/** Quotation marks and guillemets before a name (“Retissons du lien”, « … ») are not its first letter. */
const LEADING_QUOTES = /^[\s"'“”„‟‘’‚‛«»‹›]+/u;

/**
 * The one alphabetical order of service names in `lang`: that language's collation (Intl.Collator), leading
 * quotation marks ignored. The lists built at build time sort with it, and the finder's sort by name in the
 * browser reads its result (nameSortKeys, through Pagefind), so a name cannot move when the list is filtered.
 */
export function compareNames(lang: UiLanguage): (a: string, b: string) => number {
  const collator = new Intl.Collator(lang);
  return (a, b) =>
    collator.compare(a.replace(LEADING_QUOTES, ''), b.replace(LEADING_QUOTES, '')) || collator.compare(a, b);
}

/** Entries sorted by the name their readers see in `lang`, in that language's alphabetical order (a new array). */
export function byShownName<T>(
  items: readonly T[],
  lang: UiLanguage,
  initiativeOf: (item: T) => InitiativeNameFields,
): T[] {
  const compare = compareNames(lang);
  return items
    .map((item) => ({ item, name: shownName(initiativeOf(item), lang) }))
    .sort((a, b) => compare(a.name, b.name))
    .map((x) => x.item);
}

/**
 * Each entry's place in that order as a fixed-width number ("0042"), for Pagefind's sort: Pagefind compares
 * sort values as plain strings, which put « Retissons du lien » after every letter. Keyed by entry id.
 */
export function nameSortKeys(
  items: readonly (InitiativeNameFields & { id: string })[],
  lang: UiLanguage,
): Map<string, string> {
  const width = String(items.length).length;
  return new Map(byShownName(items, lang, (p) => p).map((p, rank) => [p.id, String(rank).padStart(width, '0')]));
}
