import { expect, test } from 'vitest';
import { newestFirst } from '../../src/lib/changes.ts';

test('newest of verified and changed first, then by id, capped', () => {
  const items = [
    { id: 'a', lastVerified: '2026-01-01' },
    { id: 'b', lastVerified: '2025-01-01', lastChanged: '2026-06-01' },
    { id: 'c', lastVerified: '2026-03-01', lastChanged: '2026-02-01' },
  ];
  expect(newestFirst(items).map((i) => [i.id, i.latest])).toEqual([['b', '2026-06-01'], ['c', '2026-03-01'], ['a', '2026-01-01']]);
  expect(newestFirst(items, 1)).toHaveLength(1);
});
