/**
 * Shows a place lookup's answer (src/lib/geo/place-lookup.ts) in a live region: a choice, a "Did you mean
 * …?" or a kind "not found", each with links on, built as DOM text (a typed name is never markup).
 * Shared by the near-me form (src/scripts/near-me.ts) and the A–Z page's resolver
 * (src/scripts/place-resolve.ts), so both answer alike. An answer that is one place is left to the caller.
 */
// Types only (erased from the bundle): the file's shape is declared once, beside the code that writes it.
import type { FormatValues } from '../lib/format.ts';
import type { PlaceRecord } from '../lib/geo/municipalities.ts';
import { municipalityName } from '../lib/geo/municipality-name.ts';
import type { PlaceAnswer, PlaceOption } from '../lib/geo/place-lookup.ts';
import type { PlaceAnswerKey } from '../lib/geo/place-answer-context.ts';
import type { UiLanguage } from '../schemas/languages.ts';
import { textOf, type Strings } from './strings.ts';

/** What the page gives the script (data-strings): UI strings, the language and the URLs to go on to. */
export interface AnswerContext {
  lang: UiLanguage;
  strings: Strings<PlaceAnswerKey>;
  municipalityBase: string;
  azUrl: string;
  helplinesUrl: string;
  /** Region code → the finder filtered to that region, and its name. */
  regions: Record<string, { url: string; label: string }>;
  /** A province's name as places.json gives it (regional language) → its name in the page's language. */
  provinces: Record<string, string>;
}

/** The answer's text of `key` in the page's language (src/scripts/strings.ts). */
export const text = (ctx: AnswerContext, key: PlaceAnswerKey, values: FormatValues = {}): string =>
  textOf(ctx.strings)(key, values);

export const placeUrl = (ctx: AnswerContext, p: PlaceRecord) => `${ctx.municipalityBase}${p.slug[ctx.lang]}/`;

/** The names of a place for display: the page language's first, then the other official names once. */
export function namesOf(p: PlaceRecord, lang: UiLanguage): string {
  return [...new Set([municipalityName(p, lang), p.nameNl, p.nameFr, p.nameDe].filter(Boolean))].join(' / ');
}

/** "Noord-Holland, Nederland": what tells two places of the same name apart. */
export function whereIs(ctx: AnswerContext, p: PlaceRecord): string {
  const area = (p.province && (ctx.provinces[p.province] ?? p.province)) || ctx.regions[p.region]?.label || '';
  const country = text(ctx, p.country === 'BE' ? 'nearMe.belgium' : 'nearMe.netherlands');
  return area ? `${area}, ${country}` : country;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = Object.assign(document.createElement(tag), props);
  el.append(...children);
  return el;
}

function optionItem(ctx: AnswerContext, option: PlaceOption<PlaceRecord>): HTMLLIElement {
  const p = option.place;
  const note = option.via ? `, ${text(ctx, 'nearMe.includes', { name: option.via })}` : '';
  return element(
    'li',
    {},
    element('a', { href: placeUrl(ctx, p) }, namesOf(p, ctx.lang)),
    ` (${whereIs(ctx, p)})${note}`,
  );
}

function wayOn(ctx: AnswerContext): HTMLParagraphElement {
  return element(
    'p',
    {},
    element('a', { href: ctx.azUrl }, text(ctx, 'nearMe.azLink')),
    ' · ',
    element('a', { href: ctx.helplinesUrl }, text(ctx, 'nearMe.helplinesLink')),
  );
}

/** A message with the way on (A–Z list, help for everyone): for every answer that is not a place. */
export function showMessage(ctx: AnswerContext, container: HTMLElement, message: string, withWayOn = true): void {
  container.replaceChildren(
    element('div', { className: 'notice notice--warn' }, element('p', {}, message), ...(withWayOn ? [wayOn(ctx)] : [])),
  );
}

/** Renders an answer that is not a single place into the live region `container`. */
export function showAnswer(
  ctx: AnswerContext,
  container: HTMLElement,
  answer: Exclude<PlaceAnswer<PlaceRecord>, { kind: 'found' }>,
  query: string,
): void {
  if (answer.kind === 'not-found') {
    const key = (
      {
        empty: 'nearMe.empty',
        'postcode-format': 'nearMe.invalidPostcode',
        'unknown-postcode': 'nearMe.unknownPostcode',
        'unknown-name': 'nearMe.unknownName',
      } as const
    )[answer.reason];
    showMessage(
      ctx,
      container,
      text(ctx, key, { postcode: answer.text, name: answer.text }),
      answer.reason !== 'empty',
    );
    return;
  }
  if (answer.kind === 'did-you-mean') {
    const [first] = answer.options;
    const box = element('div', { className: 'notice' });
    if (answer.options.length === 1 && first) {
      // "Did you mean Genk?" with the name as the link.
      const [before, after] = text(ctx, 'place.didYouMean').split('{name}');
      box.append(
        element('p', {}, before ?? '', element('a', { href: placeUrl(ctx, first.place) }, first.name), after ?? ''),
        element('p', { className: 'meta' }, whereIs(ctx, first.place)),
      );
    } else {
      box.append(
        element('p', {}, text(ctx, 'place.didYouMeanSeveral')),
        element('ul', {}, ...answer.options.map((o) => optionItem(ctx, { place: o.place, via: o.via }))),
      );
    }
    box.append(wayOn(ctx));
    container.replaceChildren(box);
    return;
  }
  const lead =
    answer.reason === 'same-name'
      ? text(ctx, 'place.sameName', { name: query.trim().slice(0, 60) })
      : answer.reason === 'region'
        ? text(ctx, 'place.region', {
            region: ctx.regions[answer.region ?? '']?.label ?? query,
            count: String(answer.options.length),
          })
        : text(ctx, 'nearMe.choose');
  const box = element('div', { className: 'notice' }, element('p', {}, lead));
  const region = answer.region ? ctx.regions[answer.region] : undefined;
  if (region)
    box.append(
      element('p', {}, element('a', { href: region.url }, text(ctx, 'place.wholeRegion', { region: region.label }))),
    );
  box.append(
    element(
      'ul',
      { className: answer.options.length > 8 ? 'columns' : '' },
      ...answer.options.map((o) => optionItem(ctx, o)),
    ),
  );
  container.replaceChildren(box);
}
