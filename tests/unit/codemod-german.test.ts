import { describe, expect, test } from 'vitest';
import { load } from 'js-yaml';
import { mergeGerman } from '../../scripts/codemods/german.ts';

const before = [
  '---',
  'id: x',
  'coverage:',
  '  note:',
  '    nl: Stad Gent.',
  "    fr: 'Ville de Gand.'",
  "    en: 'City of Ghent.'",
  'contact:',
  '  phones:',
  '    - number: 09 123 45 67',
  '      label:',
  '        nl: Hulplijn',
  '        fr: Ligne',
  '        en: Helpline',
  'summary:',
  '  nl: Een dienst.',
  '  fr: Un service.',
  '  en: A service.',
  '---',
  '',
  'summary:',
  '  en: in the body stays',
  '',
].join('\n');

const drafts = {
  'coverage.note': 'Stadt Gent.',
  'contact.phones.0.label': 'Hilfetelefon: rund um die Uhr',
  summary: 'Ein Dienst für „Eltern“.',
};

describe('codemod: German texts into the entries', () => {
  test('each de line goes right after en, at its indent, quoted as en is or quoted when plain would change it; nothing else changes', () => {
    const merge = mergeGerman(before, drafts);
    const lines = merge.text.split('\n');
    expect(lines[lines.indexOf("    en: 'City of Ghent.'") + 1]).toBe("    de: 'Stadt Gent.'");
    expect(lines[lines.indexOf('        en: Helpline') + 1]).toBe('        de: "Hilfetelefon: rund um die Uhr"');
    expect(lines[lines.indexOf('  en: A service.') + 1]).toBe('  de: Ein Dienst für „Eltern“.');
    expect(merge.text.replace(/\n *de: .*/g, '')).toBe(before);
    expect(merge.added.sort()).toEqual(Object.keys(drafts).sort());
    const frontmatter = load(merge.text.split('\n---')[0]!.slice(4)) as {
      contact: { phones: { label: Record<string, string> }[] };
    };
    expect(frontmatter.contact.phones[0]!.label.de).toBe('Hilfetelefon: rund um die Uhr');
  });

  test('running it twice changes nothing the second time', () => {
    const once = mergeGerman(before, drafts).text;
    const twice = mergeGerman(once, drafts);
    expect(twice.text).toBe(once);
    expect(twice.added).toEqual([]);
  });

  test('a localised field without a draft, and a draft for a field the entry lacks, are reported, not invented', () => {
    const merge = mergeGerman(before, { summary: 'Ein Dienst.', 'access.note': 'Hinweis.' });
    expect(merge.lacking.sort()).toEqual(['contact.phones.0.label', 'coverage.note']);
    expect(merge.unknown).toEqual(['access.note']);
    expect(merge.text).not.toContain('Hinweis');
  });

  test('Windows line endings are kept', () => {
    const merged = mergeGerman(before.replace(/\n/g, '\r\n'), drafts).text;
    expect(merged).toBe(mergeGerman(before, drafts).text.replace(/\n/g, '\r\n'));
  });
});
