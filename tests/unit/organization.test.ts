/**
 * organization.name is the organisation's proper name, the same on every language's page; what was once
 * written into it in one language (a "probable link" note, a partner, a description) is reader text in
 * nl, fr and en (organization.note, organization.description) or the tie in mapping2018.attribution.
 * Read from the raw frontmatter as well as the parsed collection, so an entry the schema would let
 * through still fails here.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { initiativeSchema } from '../../src/schemas/initiative.ts';
import { listEntryFiles, parseEntryFile, type EntryFile } from '../../src/loaders/entry-files.ts';
import { shownOrganization } from '../../src/lib/directory/describe.ts';
import { uiLanguages } from '../../src/schemas/languages.ts';
import { inEveryLanguage } from '../support/builders.ts';

type Raw = Record<string, unknown>;
const files = listEntryFiles().map((path) => parseEntryFile(relative(process.cwd(), path), readFileSync(path, 'utf8')));
const entries = files.filter((f): f is EntryFile => 'frontmatter' in f);
const organizationOf = (e: EntryFile) => ((e.frontmatter as Raw).organization ?? {}) as Raw;
const initiatives = entries.map((e) => ({ file: e.file, initiative: initiativeSchema.parse(e.frontmatter) }));

/** Words of an editorial note or a description, in Dutch, French or English: never part of a proper name. */
const editorialInName = new RegExp(
  [
    'lien probable',
    'porteur probable',
    'verband waarschijnlijk',
    'waarschijnlijk',
    'probable',
    'probably',
    'réalisateur',
    'diffusion',
    'anciennement',
    'voorheen',
    'formerly',
    'trekker',
    'ondergebracht',
    'voorzitter',
    'soutenu',
    'animé',
    'in opdracht',
    'vrouwengroep',
    'referentie-CAW',
    'réseau de prise en charge',
    'elke',
    'chaque',
    'every',
    'samenwerkingsverbanden',
    'deskundigenpool',
    'collectif',
  ]
    .map((w) => `(?<!\\p{L})${w}(?!\\p{L})`)
    .join('|'),
  'iu',
);
/** A description of who runs it rather than a name ("Gemeenten in Drenthe…"; "Vereniging van … Gemeenten" is a name). */
const describesWho =
  /^\s*(elke|alle|chaque|tou(te)?s|every|all|regionale|regional|gemeenten|communes|municipalities)(?!\p{L})/iu;
/** A second organisation joined to the name ("…, met Arktos vzw", "avec …", "with …"). */
const secondOrganization = /(?<!\p{L})(met|avec|with)\s/iu;

/**
 * Dutch and French words of an editorial note or a description that an English page must not show. Not
 * the little words ("en", "van", "de"): they are part of proper names ("Zorg- en Veiligheidshuis Zeeland").
 */
const dutchOrFrenchEditorial =
  /(?<!\p{L})(lien|porteur|probable|waarschijnlijk|verband|trekker|ondergebracht|voorzitter|burgemeester|bourgmestre|anciennement|voorheen|réalisateur|diffusion|soutenu|animé|opdracht|deskundigenpool|samenwerkingsverband(en)?|vrouwengroep|gemeenten|gemeente|communes?|elke|chaque|regionale|réseau|met|avec|preventiedienst|dienst)(?!\p{L})/iu;

describe('organization.name is a proper name', () => {
  test('the entries are read', () => expect(entries.length).toBeGreaterThanOrEqual(118));

  test('no organisation name holds an editorial note, a description or a second organisation', () => {
    for (const e of entries) {
      const name = organizationOf(e).name;
      if (name === undefined) continue;
      expect(typeof name, e.file).toBe('string');
      expect(name as string, `${e.file}: organization.name`).not.toMatch(editorialInName);
      expect(name as string, `${e.file}: organization.name`).not.toMatch(secondOrganization);
      expect(name as string, `${e.file}: organization.name`).not.toMatch(describesWho);
    }
  });

  test('each entry names its organisation, or says in nl, fr and en who runs it', () => {
    for (const e of entries) {
      const organization = organizationOf(e);
      expect(organization.name !== undefined || organization.description !== undefined, e.file).toBe(true);
    }
  });

  test('the organisation as an English page shows it has no Dutch or French editorial words', () => {
    for (const { file, initiative } of initiatives) {
      const shown = shownOrganization(initiative, 'en');
      // The proper name is the same in every language (and may be Dutch or French): only what is around it is checked.
      const around =
        initiative.organization.name && shown.startsWith(initiative.organization.name)
          ? shown.slice(initiative.organization.name.length)
          : shown;
      expect(around, `${file}: organisation on the English page`).not.toMatch(dutchOrFrenchEditorial);
    }
  });

  test('a description or a note is in the page language: the English differs from the Dutch and French', () => {
    const texts = initiatives.flatMap(({ file, initiative }) =>
      [initiative.organization.description, initiative.organization.note]
        .filter((t) => t !== undefined)
        .map((t) => ({ file, t: t! })),
    );
    expect(texts.length).toBeGreaterThan(20);
    for (const { file, t } of texts) {
      // A short note may be a proper name, the same in every language ("Preventie & Veiligheid").
      if (t.en.split(/\s+/).length <= 3) continue;
      expect(t.en, `${file}: en is the Dutch text`).not.toBe(t.nl);
      expect(t.en, `${file}: en is the French text`).not.toBe(t.fr);
    }
  });
});

describe('the schema refuses the old pattern, naming the fix', () => {
  const base = entries.find((e) => e.file.endsWith('de-touter-houvast.md'))!;
  const withOrganization = (organization: Raw) => {
    const fm = structuredClone(base.frontmatter) as Raw;
    fm.organization = organization;
    return initiativeSchema.safeParse(fm);
  };
  const messageFor = (organization: Raw) => {
    const result = withOrganization(organization);
    expect(result.success, JSON.stringify(organization)).toBe(false);
    return result
      .error!.issues.filter((i) => i.path[0] === 'organization')
      .map((i) => `${i.path.join('.')}: ${i.message}`)
      .join('\n');
  };

  test('the rewritten entry passes as it is', () => expect(withOrganization(organizationOf(base)).success).toBe(true));

  test('a "probable link" note in the name fails and points to mapping2018.attribution', () => {
    for (const name of [
      'Le Figuier ASBL (Schaerbeek) – lien probable',
      'SAVE Belgium ASBL – porteur probable',
      'Elegast vzw (Antwerpen) – verband waarschijnlijk',
      "Commune d'Anderlecht – service prévention (lien probable)",
    ]) {
      expect(messageFor({ name }), name).toMatch(/organization\.name: .*mapping2018\.attribution/);
    }
  });

  test('a second organisation joined with met, avec or with fails and points to organization.note', () => {
    for (const name of [
      'De Touter vzw, met de Stad Antwerpen',
      'FOD Binnenlandse Zaken – Algemene Directie Veiligheid en Preventie, met Arktos vzw',
      'Ville de Verviers avec PREFER asbl',
      'De Touter vzw with the City of Antwerp',
    ]) {
      expect(messageFor({ name }), name).toMatch(/organization\.name: .*organization\.note/);
    }
  });

  test('a description in place of a name fails and points to organization.description', () => {
    for (const name of [
      'Elke Nederlandse gemeente',
      'Regionale Veilig Thuis-organisaties',
      'Gemeenten in Drenthe, Fryslân en Groningen',
    ]) {
      expect(messageFor({ name }), name).toMatch(/organization\.name: .*organization\.description/);
    }
  });

  test('descriptive words fail and point to organization.note', () => {
    for (const name of [
      'Région de Bruxelles-Capitale – safe.brussels (anciennement Bruxelles Prévention & Sécurité)',
      'Ministerie van Sociale Zaken en Werkgelegenheid (ondergebracht bij de Expertise-unit Sociale Stabiliteit)',
    ]) {
      expect(messageFor({ name }), name).toMatch(/organization\.name: .*organization\.note/);
    }
  });

  test('neither a name nor a description fails; both at once fail; a description in one language fails', () => {
    expect(messageFor({})).toMatch(/organization\.name: .*proper name/);
    expect(messageFor({ name: 'De Touter vzw', description: inEveryLanguage('Every municipality') })).toMatch(
      /organization\.description: .*not both/,
    );
    const plain = messageFor({ description: 'Elke Nederlandse gemeente' });
    expect(plain).toMatch(/organization\.description: .*must be given in Dutch, French/);
    for (const lang of uiLanguages) expect(plain).toContain(`${lang}:`);
  });

  test('proper names in their own language pass', () => {
    for (const name of [
      'Stad Antwerpen',
      'Ville de Charleroi',
      'Gemeente Rotterdam',
      'Commune de Molenbeek-Saint-Jean',
      'Zorg- en Veiligheidshuis Zeeland',
      'Ministerie van Justitie en Veiligheid',
      'Samenwerkingsverband van Marokkaanse Nederlanders (SMN)',
      'Onbekend (niet geïdentificeerd)',
    ]) {
      expect(withOrganization({ name }).success, name).toBe(true);
    }
  });
});
