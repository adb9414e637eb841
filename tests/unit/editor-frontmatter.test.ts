/**
 * What the web editor writes must mean what the file meant, read the way the build reads it (Astro's
 * parser, the content model, the checks across entries), and stay close to how entries are written.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readEntryFile, writeEntryFile, withoutEmpty } from '../../src/lib/editor/frontmatter.ts';
import { entryFields } from '../../src/lib/editor/decap-fields.ts';
import { listEntryFiles, parseEntryFile, validateEntries } from '../../src/loaders/entry-files.ts';
import { loadMunicipalities } from '../../src/loaders/geo.ts';

const municipalities = loadMunicipalities();
/** The editor orders top-level keys by its fields, which are the schema's. */
const keyOrder = entryFields().map((field) => field.name);

describe("the editor's entry file format", () => {
  test('every entry, read and written back unchanged, validates with the same data and body', () => {
    const files = listEntryFiles();
    expect(files.length).toBeGreaterThan(0);
    const originals = files.map((file) => [file, readFileSync(file, 'utf8')] as const);
    // All together: the checks across entries (successors, unique ids) need the whole collection.
    const before = validateEntries(
      originals.map(([file, text]) => parseEntryFile(file, text)),
      municipalities,
    );
    const after = validateEntries(
      originals.map(([file, text]) => parseEntryFile(file, writeEntryFile(readEntryFile(text), keyOrder))),
      municipalities,
    );
    expect(after.problems).toEqual([]);
    expect(after.entries.map((e) => [e.file, e.data, e.body])).toEqual(
      before.entries.map((e) => [e.file, e.data, e.body]),
    );
  });

  test("a full date that is text (a source's date) stays text; a day the schema coerces stays that day", () => {
    const read = readEntryFile(
      "---\nsources:\n  - title: T\n    date: '2023-07-12'\n    accessed: 2026-11-23\nlastVerified: 2026-11-24\n---\nBody\n",
    );
    // Read as text, as the editor's text and date widgets hold it.
    expect(read).toMatchObject({
      sources: [{ date: '2023-07-12', accessed: '2026-11-23' }],
      lastVerified: '2026-11-24',
      body: 'Body\n',
    });
    const written = writeEntryFile(read);
    expect(written).toContain("date: '2023-07-12'");
    expect(written).toContain("lastVerified: '2026-11-24'");
  });

  test('what the editor leaves empty is left out, not written as empty text', () => {
    expect(
      withoutEmpty({
        alternateName: '',
        shownName: { nl: '', fr: ' ', en: '' },
        access: { hours: { nl: '', fr: '', en: '' }, channels: [] },
        started: null,
      }),
    ).toEqual({ access: { channels: [] } });
    const written = writeEntryFile({ id: 'x', alternateName: '', summary: { nl: 'a', fr: 'b', en: 'c' }, body: '' }, [
      'id',
      'summary',
    ]);
    expect(written).toBe('---\nid: x\nsummary:\n  nl: a\n  fr: b\n  en: c\n---\n');
  });

  test('keys follow the schema order, lists of plain values stay on one line, the body follows a blank line', () => {
    const written = writeEntryFile(
      {
        summary: { nl: 'a', fr: 'b', en: 'c' },
        id: 'x',
        targetGroups: { values: ['parents', 'mothers'] },
        body: '## Title\n\nText',
      },
      ['id', 'targetGroups', 'summary'],
    );
    expect(written).toBe(
      '---\nid: x\ntargetGroups:\n  values: [parents, mothers]\nsummary:\n  nl: a\n  fr: b\n  en: c\n---\n\n## Title\n\nText\n',
    );
  });
});
