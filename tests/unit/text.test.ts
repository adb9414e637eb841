import { describe, expect, test } from 'vitest';
import { escapeMarkup, foldText, slugify } from '../../src/lib/text.ts';

describe('escapeMarkup', () => {
  test('each of the five markup characters becomes its entity', () => {
    expect(escapeMarkup('&')).toBe('&amp;');
    expect(escapeMarkup('<')).toBe('&lt;');
    expect(escapeMarkup('>')).toBe('&gt;');
    expect(escapeMarkup('"')).toBe('&quot;');
    expect(escapeMarkup("'")).toBe('&#39;');
  });

  test('an ampersand is escaped once, before the others, so entities are not doubled or left raw', () => {
    expect(escapeMarkup('Ouders & "kinderen" <samen>')).toBe('Ouders &amp; &quot;kinderen&quot; &lt;samen&gt;');
    expect(escapeMarkup('&lt;')).toBe('&amp;lt;');
    expect(escapeMarkup("l'aide")).toBe('l&#39;aide');
  });

  test('text without markup characters, accents included, is unchanged', () => {
    expect(escapeMarkup('Liège – Bois-le-Duc')).toBe('Liège – Bois-le-Duc');
  });
});

describe('foldText and slugify', () => {
  test('accents, case, apostrophes and ligatures fold', () => {
    expect(foldText("'s-Hertogenbosch")).toBe('s hertogenbosch');
    expect(foldText('Sœurs')).toBe('soeurs');
    expect(slugify('Molenbeek-Saint-Jean')).toBe('molenbeek-saint-jean');
    expect(slugify('Liège')).toBe('liege');
  });
});
