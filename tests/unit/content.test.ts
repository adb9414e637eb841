/**
 * Truth-in-data checks over the real entries: sources, verification dates, summaries in three
 * languages, successors that exist, coverage that resolves, and no contact detail that the research
 * dossiers do not state (tests/fixtures/dossier-contacts.json was extracted from them once).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { resolveCoverage } from '../../src/lib/coverage.ts';
import { isStillOffered } from '../../src/lib/evidence.ts';
import { loadMunicipalities } from '../../src/lib/geo.ts';
import type { Project } from '../../src/lib/schema.ts';
import { validateDirectory } from '../../src/lib/validate.ts';

/**
 * What is wrong with the successors of merged and ended entries: a merged entry must name one; a named
 * successor must exist; following successors must not loop (it ends at an entry without one, normally
 * help still offered, or at an ended entry with no successor).
 */
function successorProblems(list: readonly Project[]): string[] {
  const byId = new Map(list.map((p) => [p.id, p]));
  const problems: string[] = [];
  for (const p of list.filter((x) => !isStillOffered(x))) {
    if (!p.status.successor) {
      if (p.status.value === 'merged') problems.push(`${p.id}: merged without a successor`);
      continue;
    }
    const chain = [p.id];
    let id: string | undefined = p.status.successor;
    while (id) {
      const next = byId.get(id);
      if (!next) {
        problems.push(`${chain.at(-1)}: successor ${id} does not exist`);
        break;
      }
      if (chain.includes(next.id)) {
        problems.push(`${p.id}: successors loop (${[...chain, next.id].join(' -> ')})`);
        break;
      }
      chain.push(next.id);
      id = next.status.successor;
    }
  }
  return problems;
}

const municipalities = loadMunicipalities();
const { entries, problems } = validateDirectory(municipalities);
const projects = entries.map((e) => e.data);
const dossier = JSON.parse(readFileSync('tests/fixtures/dossier-contacts.json', 'utf8')) as { urls: string[]; emails: string[]; phones: string[] };
const mapping = JSON.parse(readFileSync('tests/fixtures/mapping-2018-fiches.json', 'utf8')) as { fiches: { title: string; side: 'nl' | 'fr' }[] };
const normaliseUrl = (url: string) => url.replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/$/, '').toLowerCase();
const dossierUrls = new Set(dossier.urls.map(normaliseUrl));

describe('content truth', () => {
  test('the collection is valid', () => expect(problems).toEqual([]));

  test('every entry has a source, a last-verified date and a summary in nl, fr and en', () => {
    for (const p of projects) {
      expect(p.sources.length, p.id).toBeGreaterThan(0);
      expect(p.lastVerified.getTime(), p.id).not.toBeNaN();
      for (const lang of ['nl', 'fr', 'en'] as const) expect(p.summary[lang].length, `${p.id} ${lang}`).toBeGreaterThan(20);
    }
  });

  test('no entry carries a phone, e-mail or web address that the dossiers do not state', () => {
    for (const p of projects) {
      for (const phone of p.contact.phones) expect(dossier.phones, `${p.id} phone ${phone.number}`).toContain(phone.number.replace(/\D/g, ''));
      if (p.contact.email) expect(dossier.emails, `${p.id} e-mail`).toContain(p.contact.email.address.toLowerCase());
      if (p.contact.website) expect(dossierUrls.has(normaliseUrl(p.contact.website.url)), `${p.id} website ${p.contact.website.url}`).toBe(true);
    }
  });

  test('merged and ended entries: every successor exists, and following successors ends at help still offered', () => {
    const stopped = projects.filter((p) => !isStillOffered(p));
    // The real data has both kinds; without them this test would check nothing.
    expect(stopped.filter((p) => p.status.value === 'merged').length).toBeGreaterThan(0);
    expect(stopped.filter((p) => p.status.value === 'ended').length).toBeGreaterThan(0);
    expect(successorProblems(projects)).toEqual([]);
  });

  test('the successor check catches a missing successor, an unknown id and a loop', () => {
    const base = projects.find((p) => isStillOffered(p))!;
    const entry = (id: string, value: Project['status']['value'], successor?: string): Project => ({ ...base, id, status: { ...base.status, value, ...(successor ? { successor } : { successor: undefined }) } });
    expect(successorProblems([entry('a', 'merged')])).toEqual(['a: merged without a successor']);
    expect(successorProblems([entry('a', 'ended', 'nowhere')])).toEqual(['a: successor nowhere does not exist']);
    expect(successorProblems([entry('a', 'merged', 'b'), entry('b', 'ended', 'a')])).toEqual(['a: successors loop (a -> b -> a)', 'b: successors loop (b -> a -> b)']);
    expect(successorProblems([entry('a', 'ended'), entry('b', 'merged', 'c'), entry('c', 'active')])).toEqual([]);
  });

  test('every coverage resolves to at least one municipality, except title-only records and houses without a list', () => {
    for (const p of projects) {
      if (p.mapping2018?.attribution === 'title-only' || p.coverage.basis === 'none') continue;
      expect(resolveCoverage(p.coverage, municipalities).length, p.id).toBeGreaterThan(0);
    }
  });

  test('2018 mapping fiches: each title is one of the 37 and appears at most once, on its side', () => {
    const known = new Map(mapping.fiches.map((f) => [f.title, f.side]));
    expect(mapping.fiches).toHaveLength(37);
    expect(mapping.fiches.filter((f) => f.side === 'nl')).toHaveLength(20);
    const seen = new Set<string>();
    for (const p of projects.filter((x) => x.mapping2018)) {
      const { fiche, side } = p.mapping2018!;
      expect(known.get(fiche), `${p.id}: "${fiche}" is not a 2018 fiche title`).toBe(side);
      expect(seen.has(fiche), `${p.id}: "${fiche}" appears twice`).toBe(false);
      seen.add(fiche);
    }
  });

  test('all 37 fiches of the 2018 mapping are present (20 nl, 17 fr), each exactly once', () => {
    const titles = projects.filter((p) => p.mapping2018).map((p) => p.mapping2018!.fiche).sort();
    expect(titles).toEqual(mapping.fiches.map((f) => f.title).sort());
    expect(projects.filter((p) => p.mapping2018?.side === 'nl')).toHaveLength(20);
    expect(projects.filter((p) => p.mapping2018?.side === 'fr')).toHaveLength(17);
  });

  test('title-only records say so and claim nothing else', () => {
    for (const p of projects.filter((x) => x.mapping2018?.attribution === 'title-only')) {
      expect(p.status.value, p.id).toBe('unknown');
      expect(p.contact.phones, p.id).toEqual([]);
      expect(p.contact.website, p.id).toBeUndefined();
      expect(p.coverage.scope, p.id).toBe('unknown');
    }
  });
});
