/**
 * Leads (src/data/leads): the real files validate, none of them is already an entry, and a malformed
 * lead is refused naming the file and the field. Hand-checked against the 2026 dossiers: the low and
 * medium-low services with one source that are not entries (Menen, Zele, Papendrecht, Oosterhout) and
 * Amsterdam's reporting point, which no source from 2021 or later confirms.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { loadLeads, readLeads } from '../../src/loaders/leads.ts';
import { parseLeads } from '../../src/schemas/lead.ts';
import { leadsToMarkdown } from '../../src/lib/data-report.ts';
import { listEntryFiles, parseEntryFile, type EntryFile } from '../../src/loaders/entry-files.ts';

const valid = {
  id: 'zele-inclusiewerker-radicalisering',
  name: 'Gemeente Zele – inclusiewerker',
  nameLang: 'nl',
  place: 'Zele',
  municipality: '42028',
  known: { nl: 'Aanspreekpunt.', fr: 'Point de contact.', en: 'Contact point.', de: 'Ansprechstelle.' },
  reason: 'one-source',
  confidence: 'low',
  dossier: 'be-current-2026',
  sources: [
    {
      title: 'Gemeente Zele',
      url: 'https://www.zele.be/x',
      date: 'undated',
      accessed: '2026-12-01',
      supports: 'contact point',
    },
  ],
};

describe('the leads files', () => {
  const { leads, problems } = readLeads();
  test('validate, and hold exactly the six leads of the 2026 dossiers', () => {
    expect(problems).toEqual([]);
    expect(leads.map((l) => `${l.country} ${l.id}`)).toEqual([
      'BE menen-coordinator-radicalisering-polarisering',
      'BE zele-inclusiewerker-radicalisering',
      'BE ninove-meldpunt-radicalisering',
      'NL papendrecht-meldpunt-radicalisering',
      'NL oosterhout-radicalisering-melden',
      'NL amsterdam-meld-en-adviespunt-radicalisering',
    ]);
    expect(leads.find((l) => l.id.startsWith('amsterdam'))?.reason).toBe('no-recent-source');
  });

  test('no lead is already an entry: no entry has its id or cites its source', () => {
    const entries = listEntryFiles()
      .map((path) => parseEntryFile(relative(process.cwd(), path), readFileSync(path, 'utf8')))
      .filter((f): f is EntryFile => 'frontmatter' in f)
      .map((f) => f.frontmatter as { id: string; sources?: { url?: string }[] });
    expect(entries.length).toBeGreaterThan(100);
    const ids = new Set(entries.map((e) => e.id));
    const cited = new Set(entries.flatMap((e) => (e.sources ?? []).map((s) => s.url?.replace(/\/$/, ''))));
    for (const lead of leads) {
      expect(ids.has(lead.id), lead.id).toBe(false);
      for (const source of lead.sources)
        expect(
          cited.has(source.url.replace(/\/$/, '')),
          `${lead.id} is cited by an entry: promote it or drop the lead`,
        ).toBe(false);
    }
  });

  test('every reader text is given in nl, fr and en, and the French one is not the English one', () => {
    for (const lead of leads) {
      expect(lead.known.fr, lead.id).not.toBe(lead.known.en);
      expect(lead.known.fr, `${lead.id}: French puts a space before ; : ? !`).not.toMatch(/[^\s(][;:?!](?=\s|$)/u);
      expect(lead.known.nl, `${lead.id}: Dutch uses je, never u`).not.toMatch(/(?<!\p{L})(u|uw)(?!\p{L})/iu);
    }
  });
});

describe('a malformed lead fails, naming file and field', () => {
  const problemsOf = (file: string, data: unknown) =>
    parseLeads(file, data).problems.map((p) => `${p.file}: ${p.field}: ${p.message}`);

  test('the valid lead passes', () => expect(problemsOf('src/data/leads/be.yaml', [valid])).toEqual([]));
  test('a missing French text names known.fr', () => {
    expect(problemsOf('src/data/leads/be.yaml', [{ ...valid, known: { nl: 'a', en: 'b', de: 'c' } }])).toEqual([
      expect.stringMatching(/^src\/data\/leads\/be\.yaml: \[0\]\.known\.fr: /),
    ]);
  });
  test('a phone field is refused: a lead has no contact fields', () => {
    expect(problemsOf('src/data/leads/be.yaml', [{ ...valid, phone: '+32 52 45 00 00' }])).toEqual([
      'src/data/leads/be.yaml: [0]: unknown field(s) "phone": a lead has no contact fields; see src/schemas/lead.ts',
    ]);
  });
  test('a high confidence is refused (that makes an entry), a bad date is refused', () => {
    const problems = problemsOf('src/data/leads/nl.yaml', [
      { ...valid, municipality: 'GM0590', confidence: 'high', sources: [{ ...valid.sources[0], date: 'May 2023' }] },
    ]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /^src\/data\/leads\/nl\.yaml: \[0\]\.confidence: confidence must be one of: medium-low, low/,
    );
    expect(problems[1]).toMatch(/^src\/data\/leads\/nl\.yaml: \[0\]\.sources\[0\]\.date: date must be YYYY/);
  });
  test('a Belgian code in the Dutch file is refused', () => {
    expect(problemsOf('src/data/leads/nl.yaml', [valid])).toEqual([
      "src/data/leads/nl.yaml: [0].municipality: code 42028 is not in NL; move the lead to the other country's file",
    ]);
  });
  test('a file that is not a list is refused', () => {
    expect(problemsOf('src/data/leads/nl.yaml', { leads: [valid] })).toEqual([
      'src/data/leads/nl.yaml: (file): the file must be a YAML list of leads, each starting with "- id:"',
    ]);
  });
  test('a broken file on disk makes loadLeads throw with the file named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leads-'));
    const file = join(dir, 'be.yaml');
    writeFileSync(file, '- id: x\n  name: [unclosed\n');
    expect(() => loadLeads([file])).toThrow(/be\.yaml: \(file\): YAML cannot be read/);
    writeFileSync(file, readFileSync('src/data/leads/be.yaml', 'utf8').replace('reason: one-source', 'reason: maybe'));
    expect(() => loadLeads([file])).toThrow(
      /be\.yaml: \[0\]\.reason: reason must be one of: one-source, no-recent-source/,
    );
    expect(loadYaml(readFileSync('src/data/leads/be.yaml', 'utf8'))).toHaveLength(3);
  });
});

describe('npm run report lists the leads', () => {
  test('each with its reason and its source, and no contact details', () => {
    const parsed = parseLeads('src/data/leads/be.yaml', [valid]).leads;
    const md = leadsToMarkdown(parsed);
    expect(md).toContain('## Unverified leads, not entries (1)');
    expect(md).toContain(
      '- **Gemeente Zele – inclusiewerker** (Zele, BE; confidence low): One source only; needs a second, independent one.',
    );
    expect(md).toContain('Source: Gemeente Zele, https://www.zele.be/x (undated; read 2026-12-01)');
    expect(leadsToMarkdown([])).toContain('none');
  });
});
