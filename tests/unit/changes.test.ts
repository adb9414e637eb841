import { describe, expect, test } from 'vitest';
import { newestFirst, parseGitLog } from '../../src/lib/changes.ts';

describe('changes', () => {
  test('newest of verified and changed first, then by id, capped', () => {
    const items = [
      { id: 'a', lastVerified: '2026-01-01' },
      { id: 'b', lastVerified: '2025-01-01', lastChanged: '2026-06-01' },
      { id: 'c', lastVerified: '2026-03-01', lastChanged: '2026-02-01' },
    ];
    expect(newestFirst(items).map((i) => [i.id, i.latest])).toEqual([
      ['b', '2026-06-01'],
      ['c', '2026-03-01'],
      ['a', '2026-01-01'],
    ]);
    expect(newestFirst(items, 1)).toHaveLength(1);
  });

  test('the git log gives each file the date of its newest commit', () => {
    const log =
      '\0bbb 2026-11-20\n\nM\tsrc/content/initiatives/be/a.md\n\0aaa 2026-10-01\n\nA\tsrc/content/initiatives/be/a.md\nA\tsrc/content/initiatives/nl/b.md\n';
    expect(parseGitLog(log)).toEqual(
      new Map([
        ['src/content/initiatives/be/a.md', '2026-11-20'],
        ['src/content/initiatives/nl/b.md', '2026-10-01'],
      ]),
    );
  });

  test('a pure move keeps the older date under the new path; a move with edits is a change', () => {
    const log =
      '\0ccc 2026-12-06\n\nR100\told/be/a.md\tnew/be/a.md\nR091\told/nl/b.md\tnew/nl/b.md\n' +
      '\0bbb 2026-11-20\n\nM\told/be/a.md\n\0aaa 2026-10-01\n\nA\told/be/a.md\nA\told/nl/b.md\n';
    expect(parseGitLog(log)).toEqual(
      new Map([
        ['new/be/a.md', '2026-11-20'],
        ['new/nl/b.md', '2026-12-06'],
      ]),
    );
  });

  test('a shallow clone: files seen only in the boundary commit get no date; no git output gives no dates', () => {
    const log =
      '\0bbb 2026-11-20\n\nM\tsrc/content/initiatives/be/a.md\n\0aaa 2026-10-01\n\nA\tsrc/content/initiatives/be/a.md\nA\tsrc/content/initiatives/nl/b.md\n';
    expect(parseGitLog(log, new Set(['aaa']))).toEqual(new Map([['src/content/initiatives/be/a.md', '2026-11-20']]));
    expect(parseGitLog('')).toEqual(new Map());
  });
});
