import { describe, expect, test } from 'vitest';
import { loadMunicipalities } from '../../src/loaders/geo.ts';
import { initiativeSchema } from '../../src/schemas/initiative.ts';
import { parseEntryFile, validateEntries } from '../../src/loaders/entry-files.ts';
import { seededRandom, syntheticEntries, toMarkdown } from '../../scripts/synthetic-entries.ts';

const municipalities = loadMunicipalities();

describe('synthetic entries for load tests', () => {
  const entries = syntheticEntries(500, municipalities);

  test('generates the number asked, with unique ids', () => {
    expect(entries).toHaveLength(500);
    expect(new Set(entries.map((e) => e.id)).size).toBe(500);
    expect(entries[41]!.id).toBe('synthetic-initiative-00042');
  });

  test('every entry passes the content model', () => {
    for (const entry of entries) {
      const result = initiativeSchema.safeParse(entry.frontmatter);
      expect(result.success, `${entry.id}: ${result.success ? '' : JSON.stringify(result.error.issues)}`).toBe(true);
    }
  });

  test('the written files pass the whole validation, geo codes and file names included', () => {
    const files = entries.map((e) => parseEntryFile(`synthetic/${e.folder}/${e.id}.md`, toMarkdown(e)));
    const { entries: valid, problems } = validateEntries(files, municipalities);
    expect(problems).toEqual([]);
    expect(valid).toHaveLength(500);
  });

  test('is deterministic: the same seed gives the same entries, another seed others', () => {
    expect(syntheticEntries(50, municipalities).map(toMarkdown)).toEqual(entries.slice(0, 50).map(toMarkdown));
    expect(syntheticEntries(50, municipalities, 7).map(toMarkdown)).not.toEqual(entries.slice(0, 50).map(toMarkdown));
    const a = seededRandom(1);
    const b = seededRandom(1);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  test('is plainly fake: fake names, no contact details, no URL anywhere', () => {
    for (const entry of entries) {
      expect(entry.frontmatter.name).toMatch(/^Synthetic initiative \d{5}$/);
      expect(entry.frontmatter.contact).toBeUndefined();
      expect(toMarkdown(entry)).not.toMatch(/https?:|@|\+\d/);
    }
  });

  test('is varied like the real data', () => {
    const distinct = (f: (e: (typeof entries)[number]) => unknown) => new Set(entries.map(f)).size;
    expect(distinct((e) => e.frontmatter.country)).toBe(2);
    expect(distinct((e) => e.frontmatter.region)).toBe(4);
    expect(distinct((e) => e.frontmatter.coverage.scope)).toBeGreaterThanOrEqual(5);
    expect(distinct((e) => e.frontmatter.preventionLevels.values?.join())).toBeGreaterThanOrEqual(5);
    expect(distinct((e) => e.frontmatter.locations?.[0]?.municipality)).toBeGreaterThan(200);
    const local = entries.filter((e) => e.frontmatter.coverage.scope === 'municipalities').length;
    expect(local / entries.length).toBeGreaterThan(0.7);
  });
});
