/**
 * The finder's result card (src/scripts/finder-card.ts): what a card says, decided from a Pagefind
 * record without a DOM. The records below have the shape Pagefind returns for an entry page (metadata
 * as FinderFilters.astro writes it); the values are made up, so the tests pin the rules, not the data.
 */
import { describe, expect, test } from 'vitest';
import { cardFields } from '../../src/scripts/finder-card.ts';
import type { PagefindData } from '../../src/scripts/pagefind-client.ts';

const labels = new Map([
  ['language:nl', 'Nederlands'],
  ['language:fr', 'Frans'],
]);
const record = (
  over: Partial<PagefindData> = {},
  meta: PagefindData['meta'] = {},
  filters: PagefindData['filters'] = {},
): PagefindData => ({
  url: '/nl/initiatief/voorbeeld/',
  excerpt: '',
  ...over,
  meta: { title: 'Voorbeeld', org: 'Organisatie', where: 'Gent', summary: 'Korte samenvatting.', ...meta },
  filters: { current: ['yes'], ...filters },
});
const body = { excerpt: 'met <mark>ouders</mark> in gesprek', anchor: { id: 'werking' } };

describe('a finder result card', () => {
  test('links the entry by its title, or by its address when it has none', () => {
    expect(cardFields(record(), '', labels)).toMatchObject({ href: '/nl/initiatief/voorbeeld/', title: 'Voorbeeld' });
    expect(cardFields(record({}, { title: undefined }), '', labels).title).toBe('/nl/initiatief/voorbeeld/');
  });

  test('a missing value is an empty slot, so the card leaves that part out', () => {
    const card = cardFields(record({}, { org: undefined, stale: undefined }), '', labels);
    expect(card.text).toMatchObject({ org: '', stale: '', where: 'Gent', summary: 'Korte samenvatting.' });
  });

  test('status and successor show only for an initiative that stopped', () => {
    const meta = { status: 'Gestopt', successor: 'Opvolger' };
    expect(cardFields(record({}, meta, { current: ['no'] }), '', labels).text).toMatchObject({
      status: 'Gestopt',
      successor: 'Opvolger',
    });
    expect(cardFields(record({}, meta, { current: ['yes'] }), '', labels).text).toMatchObject({
      status: '',
      successor: '',
    });
  });

  test('an excerpt only for a search word found in a body section, never the summary part nor an unmarked section', () => {
    const summaryPart = { excerpt: 'de <mark>ouders</mark> samenvatting' };
    const unmarked = { excerpt: 'niets gemarkeerd', anchor: { id: 'a' } };
    expect(cardFields(record({ sub_results: [summaryPart, unmarked, body] }), 'ouders', labels).excerpt).toBe(
      body.excerpt,
    );
    expect(cardFields(record({ sub_results: [summaryPart, unmarked] }), 'ouders', labels).excerpt).toBeUndefined();
    // Without a word (filters only) there is nothing to quote.
    expect(cardFields(record({ sub_results: [body] }), '  ', labels).excerpt).toBeUndefined();
  });

  test('a call link only when the record has both the number to dial and the number to show', () => {
    expect(cardFields(record({}, { tel: '+3280012345', phone: '0800 12 345' }), '', labels).phone).toEqual({
      href: 'tel:+3280012345',
      label: '0800 12 345',
    });
    expect(cardFields(record({}, { phone: '0800 12 345' }), '', labels).phone).toBeUndefined();
    expect(cardFields(record({}, { tel: '+3280012345' }), '', labels).phone).toBeUndefined();
  });

  test('badges are the " | "-separated labels; none is an empty list', () => {
    expect(cardFields(record({}, { badges: 'Gratis | Anoniem' }), '', labels).badges).toEqual(['Gratis', 'Anoniem']);
    expect(cardFields(record(), '', labels).badges).toEqual([]);
  });

  test('languages are named by the panel’s labels; an unknown code stays as it is; none is an empty list', () => {
    expect(cardFields(record({}, {}, { language: ['nl', 'fr', 'xx'] }), '', labels).languages).toEqual([
      'Nederlands',
      'Frans',
      'xx',
    ]);
    expect(cardFields(record(), '', labels).languages).toEqual([]);
  });

  test('a flag shows only when its metadata key has a value', () => {
    const flags = cardFields(record({}, { general: 'yes', probableTie: '', titleOnly: undefined }), '', labels).flags;
    expect(flags).toContain('general');
    expect(flags).not.toContain('probableTie');
    expect(flags).not.toContain('titleOnly');
  });
});
