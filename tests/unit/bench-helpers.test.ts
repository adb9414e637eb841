import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { folderStats, kb, median, percentile } from '../../scripts/bench-helpers.ts';

describe('benchmark helpers', () => {
  test('median: the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBe(0);
  });

  test('nearest-rank percentile', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(hundred, 0.95)).toBe(95);
    expect(percentile([10, 20, 30, 40], 0.5)).toBe(20);
    expect(percentile([5], 0.95)).toBe(5);
    expect(percentile([], 0.95)).toBe(0);
  });

  test('sizes in KB with one decimal', () => {
    expect(kb(1536)).toBe('1.5 KB');
    expect(kb(0)).toBe('0.0 KB');
  });

  test('a folder is counted with its subfolders; a missing one is empty', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-helpers-'));
    try {
      writeFileSync(join(dir, 'a.txt'), 'abc');
      mkdirSync(join(dir, 'sub'));
      writeFileSync(join(dir, 'sub', 'b.txt'), 'hello');
      expect(folderStats(dir)).toEqual({ files: 2, bytes: 8 });
      expect(folderStats(join(dir, 'missing'))).toEqual({ files: 0, bytes: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
