import { describe, expect, test } from 'vitest';
import { convertVerified } from '../../scripts/codemods/verified.ts';

describe('codemod: lastVerified to the verified block', () => {
  const before = [
    '---',
    'id: x',
    'sources:',
    '  - title: t',
    '    date: "2018"',
    'lastVerified: 2026-12-01',
    '---',
    '',
    'lastVerified: 2020-01-01 in the body stays',
    '',
  ].join('\n');

  test('only the frontmatter line changes, into a date and the public-sources method', () => {
    const after = convertVerified(before)!;
    expect(after).toBe(
      [
        '---',
        'id: x',
        'sources:',
        '  - title: t',
        '    date: "2018"',
        'verified:',
        '  date: 2026-12-01',
        '  method: public-sources',
        '---',
        '',
        'lastVerified: 2020-01-01 in the body stays',
        '',
      ].join('\n'),
    );
  });

  test('running it twice changes nothing the second time', () => {
    expect(convertVerified(convertVerified(before)!)).toBeUndefined();
  });

  test('Windows line endings are kept', () => {
    expect(convertVerified(before.replace(/\n/g, '\r\n'))).toBe(convertVerified(before)!.replace(/\n/g, '\r\n'));
  });

  test('a value that is not a date is refused with its line', () => {
    expect(() => convertVerified('---\nid: x\nlastVerified: soon\n---\n')).toThrow(/line 3: .*fix it by hand/);
  });
});
