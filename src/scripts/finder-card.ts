/**
 * A finder result card. `cardFields` decides what the card says from the entry's Pagefind record
 * (metadata written by FinderFilters.astro): plain data, no DOM, unit-tested in node
 * (tests/unit/finder-card.test.ts). `fillCard` writes those fields into a clone of the blank card
 * InitiativeCard.astro renders into a <template>, and removes the parts left without a value.
 * Neither reads a global: the template, the query and the labels come in as arguments.
 */
import type { PagefindData } from './pagefind-client.ts';

/** The text slots of a card (`data-slot`); an empty one leaves its part of the card out. */
export type TextSlot = 'org' | 'where' | 'status' | 'successor' | 'stale' | 'summary';

export interface CardFields {
  href: string;
  title: string;
  text: Record<TextSlot, string>;
  /** Where the word was found in the body: Pagefind's excerpt, HTML it escaped itself, with <mark> around the word. */
  excerpt?: string;
  /** A current number's call link (only a current number has the metadata). */
  phone?: { href: string; label: string };
  badges: string[];
  /** The languages of the help, named in the page's language; none: the card says "unknown". */
  languages: string[];
  /** The metadata keys with a value: a part marked `data-card-flag="key"` shows only when its key is here. */
  flags: string[];
}

/**
 * What the card of `item` says. `query`: the search word (an excerpt is shown only for a word);
 * `labels`: the filter panel's labels by `facet:value`, for the languages.
 */
export function cardFields(item: PagefindData, query: string, labels: ReadonlyMap<string, string>): CardFields {
  const { meta } = item;
  const stopped = item.filters.current?.includes('no') ?? false;
  // The summary, in the page's language, always. Below it, where the word was found in the body, when the body
  // is in this language: Pagefind's sub-result of a body section (one per heading with an id; the part before the
  // first heading is the summary itself, so it has no anchor) whose excerpt marks the word. A word found only in
  // metadata (name, places, search words, a body in another language: see the entry page) has no such excerpt,
  // and the card shows none.
  const inBody = query.trim()
    ? item.sub_results?.find((sub) => sub.anchor && sub.excerpt.includes('<mark>'))
    : undefined;
  return {
    href: item.url,
    title: meta.title ?? item.url,
    text: {
      org: meta.org ?? '',
      where: meta.where ?? '',
      status: (stopped && meta.status) || '',
      successor: (stopped && meta.successor) || '',
      stale: meta.stale ?? '',
      summary: meta.summary ?? '',
    },
    ...(inBody ? { excerpt: inBody.excerpt } : {}),
    ...(meta.tel && meta.phone ? { phone: { href: `tel:${meta.tel}`, label: meta.phone } } : {}),
    badges: (meta.badges ?? '').split(' | ').filter(Boolean),
    languages: (item.filters.language ?? []).map((v) => labels.get(`language:${v}`) ?? v),
    flags: Object.keys(meta).filter((key) => meta[key]),
  };
}

/** A list item holding a clone of `blank` (the blank card), filled with `card`; the parts without a value removed. */
export function fillCard(blank: HTMLTemplateElement, card: CardFields): HTMLLIElement {
  const li = blank.ownerDocument.createElement('li');
  li.append(blank.content.cloneNode(true));
  const slot = (name: string) => li.querySelector<HTMLElement>(`[data-slot="${name}"]`)!;
  const link = slot('link') as HTMLAnchorElement;
  link.href = card.href;
  link.textContent = card.title;
  for (const [name, value] of Object.entries(card.text)) slot(name).textContent = value;
  if (card.excerpt) slot('excerpt').innerHTML = card.excerpt;
  if (card.phone) Object.assign(slot('phone'), { href: card.phone.href, textContent: card.phone.label });
  const badge = slot('badge');
  badge.replaceWith(...card.badges.map((label) => Object.assign(badge.cloneNode(), { textContent: label })));
  const languages = slot('languages');
  languages.textContent = card.languages.length > 0 ? card.languages.join(', ') : (languages.dataset.unknown ?? '');
  for (const flagged of li.querySelectorAll<HTMLElement>('[data-card-flag]')) {
    if (!card.flags.includes(flagged.dataset.cardFlag ?? '')) flagged.remove();
  }
  for (const part of li.querySelectorAll<HTMLElement>('[data-card-part]:not([data-card-flag])')) {
    if (!part.textContent?.trim() || [...part.querySelectorAll('[data-slot]')].every((s) => !s.textContent?.trim()))
      part.remove();
  }
  return li;
}
