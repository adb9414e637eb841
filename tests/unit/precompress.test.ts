import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { precompressFolder } from '../../src/integrations/precompress.ts';

test('files with the same bytes are compressed side by side without clashing in the cache', async () => {
  const out = mkdtempSync(join(tmpdir(), 'fsa-out-'));
  const cache = mkdtempSync(join(tmpdir(), 'fsa-cache-'));
  const body = '<p>same</p>'.repeat(400);
  for (let i = 0; i < 6; i++) writeFileSync(join(out, `page-${i}.html`), body);
  await precompressFolder(out, cache);
  for (let i = 0; i < 6; i++) {
    expect(existsSync(join(out, `page-${i}.html.br`))).toBe(true);
    expect(gunzipSync(readFileSync(join(out, `page-${i}.html.gz`))).toString()).toBe(body);
  }
  // A second build reuses the cache.
  const again = await precompressFolder(out, cache);
  expect(again.compressed).toBe(0);
});
