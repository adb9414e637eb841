import { describe, expect, test } from 'vitest';
import { buildDirectory, type DirectoryEntry } from '../../src/lib/directory/directory.ts';
import { isConfirmedCurrent } from '../../src/lib/directory/evidence.ts';

const today = new Date('2026-12-01T00:00:00Z');
import { loadMunicipalities } from '../../src/loaders/geo.ts';
import { firstSentence, RELATED_LIMIT, relatedEntries } from '../../src/lib/directory/related.ts';
import { initiativeSchema, type Initiative } from '../../src/schemas/initiative.ts';
import { directoryEntry } from '../support/builders.ts';
import { syntheticEntries } from '../../scripts/synthetic-entries.ts';
import { validateDirectory } from '../../src/loaders/entry-files.ts';

/** A directory entry built through the schema, with the fields relatedEntries reads set as given. */
function entry(
  id: string,
  over: {
    groups?: string[];
    levels?: string[];
    served?: string[];
    region?: Initiative['region'];
    country?: Initiative['country'];
    status?: Initiative['status']['value'];
  } = {},
): DirectoryEntry {
  return directoryEntry({
    id,
    fields: {
      country: over.country ?? 'BE',
      // Without a region the entry must be country-wide (the schema's rule); relatedEntries reads the region only.
      ...(over.region
        ? { region: over.region }
        : { region: undefined, coverage: { scope: 'country', codes: [over.country ?? 'BE'] } }),
      targetGroups: { values: over.groups ?? [], inferred: false },
      preventionLevels: { values: over.levels ?? [], inferred: false },
      status: {
        value: over.status ?? 'active',
        evidence: 'test',
        evidenceDate: '2025',
        ...(over.status === 'merged' ? { successor: 'x' } : {}),
      },
      verified: { date: '2026-12-01', method: 'public-sources' },
    },
    served: over.served ?? [],
    reach: 'local',
    regions: over.region ? [over.region] : [],
  });
}

describe('relatedEntries', () => {
  const self = entry('self', {
    groups: ['parents', 'young-people'],
    levels: ['secondary'],
    served: ['23088', '23002'],
    region: 'BE-VLG',
  });

  test('needs a shared target group or prevention level AND the same place (overlap, region or country)', () => {
    const others = [
      entry('same-people-far-away', { groups: ['parents'], served: ['GM0363'], region: 'NL', country: 'NL' }),
      entry('same-place-other-people', { groups: ['professionals'], served: ['23088'], region: 'BE-VLG' }),
      entry('same-country', { levels: ['secondary'], served: ['62063'], region: 'BE-WAL' }),
      entry('overlap-across-the-border', {
        groups: ['parents'],
        served: ['23088', 'GM0363'],
        region: 'NL',
        country: 'NL',
      }),
    ];
    expect(relatedEntries(self, [self, ...others], today).map((r) => r.entry.data.id)).toEqual([
      'overlap-across-the-border',
      'same-country',
    ]);
  });

  test('scores shared groups + levels + overlapping area + same region; ties by name', () => {
    const others = [
      entry('b-one-group-same-region', { groups: ['parents'], served: ['11002'], region: 'BE-VLG' }),
      entry('a-one-group-same-region', { groups: ['parents'], served: ['11002'], region: 'BE-VLG' }),
      entry('all-shared-overlap', {
        groups: ['parents', 'young-people'],
        levels: ['secondary'],
        served: ['23088'],
        region: 'BE-VLG',
      }),
      entry('one-group-overlap', { groups: ['parents'], served: ['23002'], region: 'BE-BRU' }),
    ];
    const related = relatedEntries(self, others, today);
    expect(related.map((r) => [r.entry.data.id, r.score])).toEqual([
      ['all-shared-overlap', 5],
      ['a-one-group-same-region', 2],
      ['b-one-group-same-region', 2],
      ['one-group-overlap', 2],
    ]);
  });

  test('only current entries: never the entry itself, never an ended, merged or unconfirmed one, at most four', () => {
    const others = [
      self,
      entry('ended', { groups: ['parents'], served: ['23088'], region: 'BE-VLG', status: 'ended' }),
      entry('merged', { groups: ['parents'], served: ['23088'], region: 'BE-VLG', status: 'merged' }),
      entry('unknown-status', { groups: ['parents'], served: ['23088'], region: 'BE-VLG', status: 'unknown' }),
      ...['c1', 'c2', 'c3', 'c4', 'c5'].map((id) => entry(id, { groups: ['parents'], region: 'BE-VLG' })),
    ];
    const ids = relatedEntries(self, others, today).map((r) => r.entry.data.id);
    expect(ids).toHaveLength(RELATED_LIMIT);
    expect(ids).not.toContain('unknown-status');
    expect(ids).not.toContain('self');
    expect(ids).not.toContain('ended');
    expect(ids).not.toContain('merged');
  });

  test('an entry with no target group and no level has no related entries', () => {
    expect(relatedEntries(entry('bare', { region: 'BE-VLG' }), [self], today)).toEqual([]);
  });

  test('on the real directory: 0 to 4 current entries, never itself, most entries get at least one', () => {
    const directory = buildDirectory(
      validateDirectory(loadMunicipalities()).entries.map((e) => e.data),
      loadMunicipalities(),
    );
    let withRelated = 0;
    for (const e of directory.entries) {
      const related = relatedEntries(e, directory.entries, today);
      expect(related.length).toBeLessThanOrEqual(RELATED_LIMIT);
      expect(related.map((r) => r.entry.data.id)).not.toContain(e.data.id);
      expect(related.every((r) => isConfirmedCurrent(r.entry.data, today))).toBe(true);
      if (related.length > 0) withRelated++;
    }
    expect(withRelated).toBeGreaterThan(directory.entries.length / 2);
    expect(
      relatedEntries(directory.byId.get('cocon-vilvoorde-project-r')!, directory.entries, today).length,
    ).toBeGreaterThan(0);
  });

  test('the fast path (typed arrays, skipping candidates that cannot win) picks what the plain comparison picks', () => {
    // The real entries and 600 synthetic ones: many equal scores, so the tie on the name is exercised too.
    const municipalities = loadMunicipalities();
    const synthetic = syntheticEntries(600, municipalities).map((s) => initiativeSchema.parse(s.frontmatter));
    const directory = buildDirectory(
      [...validateDirectory(municipalities).entries.map((e) => e.data), ...synthetic],
      municipalities,
    );
    for (const e of directory.entries) {
      // A copy is not in the list, so it is compared value by value, with no shortcut.
      const plain = relatedEntries({ ...e }, directory.entries, today).map((r) => [r.entry.data.id, r.score]);
      expect(
        relatedEntries(e, directory.entries, today).map((r) => [r.entry.data.id, r.score]),
        e.data.id,
      ).toEqual(plain);
    }
  });
});

describe('firstSentence', () => {
  test('cuts at the first full stop followed by a new sentence', () => {
    expect(firstSentence('Lokaal model rond radicalisering. Sinds 2017 voor de regio.')).toBe(
      'Lokaal model rond radicalisering.',
    );
    expect(firstSentence('Une seule phrase, sans point')).toBe('Une seule phrase, sans point');
    expect(firstSentence('Help for parents (e.g. in Brussels) by phone.')).toBe(
      'Help for parents (e.g. in Brussels) by phone.',
    );
  });
});
