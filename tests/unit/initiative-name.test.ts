/**
 * An entry's `name` is the service's proper name (a 2018 fiche title, a published name), the same on every
 * language's page; a description the project wrote in one language keeps its original label in `name` and
 * has `shownName` in nl, fr and en. What was once written into the name (a "probable link" note, a former or
 * later name) is mapping2018.attribution or alternateName. Read from the raw frontmatter as well as the
 * parsed collection, so an entry the schema would let through still fails here.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { initiativeSchema } from '../../src/schemas/initiative.ts';
import { listEntryFiles, parseEntryFile, type EntryFile } from '../../src/loaders/entry-files.ts';
import { byShownName, initiativeNameProblem, shownName } from '../../src/lib/directory/initiative-name.ts';
import { buildMapData } from '../../src/lib/map/map-data-file.ts';
import { buildDirectory } from '../../src/lib/directory/directory.ts';
import { initiativesCsv, structuredData } from '../../src/lib/exports/initiatives.ts';
import { loadMunicipalities } from '../../src/loaders/geo.ts';
import { uiLanguages } from '../../src/schemas/languages.ts';

type Raw = Record<string, unknown>;
const files = listEntryFiles().map((path) => parseEntryFile(relative(process.cwd(), path), readFileSync(path, 'utf8')));
const entries = files.filter((f): f is EntryFile => 'frontmatter' in f);
const initiatives = entries.map((e) => ({ file: e.file, initiative: initiativeSchema.parse(e.frontmatter) }));
const byId = new Map(initiatives.map(({ initiative }) => [initiative.id, initiative]));

/** Words of an editorial note, in Dutch, French or English: never part of a service's name. */
const editorialInName = new RegExp(
  [
    'lien probable',
    'porteur probable',
    'verband waarschijnlijk',
    'waarschijnlijk',
    'probable',
    'probablement',
    'probably',
    'likely',
    'anciennement',
    'voorheen',
    'vroeger',
    'formerly',
    'previously',
    'later',
    'earlier',
  ]
    .map((w) => `(?<!\\p{L})${w}(?!\\p{L})`)
    .join('|'),
  'iu',
);

/**
 * The entries whose name is a description (or a descriptive fiche title) in one language: each must have
 * shownName. Hand-checked against the entries of 2026-12-02.
 */
const rewritten = [
  'averroes-vzw',
  'caw-limburg-team-extremisme',
  'ceapire',
  'egregoros',
  'intensieve-ondersteuning-aan-moeders',
  'les-invisibles',
  'liege-prevention-radicalisme-violent',
  'livc-r-csil-r',
  'moedergroep-van-moeder-tot-moeder',
  'opvoedingslijn-radicalisering',
  'positieve-religieuze-identiteitsontwikkeling',
  'prefer-asbl',
  'prevention-radicalisation-soutien-parents-enfants-milieu-scolaire',
  'prevention-radicalisation-violente-anderlecht',
  'prevention-radicalisation-violente-niveau-local',
  'psychologische-ondersteuning-radicaliseringsdossiers',
  'retissons-du-lien',
  'safe-brussels-polarisation-radicalisation',
  'soutien-familles-radicalisation-province-de-liege',
  'tegemoetkomen-aan-de-noodkreet-van-moeders',
  'theologische-en-maatschappelijke-ondersteuning-aan-families',
  'wallonie-pcs-prevention-radicalisme',
  'boekel-meldpunt-radicalisering',
  'gemeente-contactpunt-radicalisering',
  'lse-lotgenotencontact-familie',
  'politie-wijkagent',
  'raad-voor-de-kinderbescherming',
  'stichting-school-en-veiligheid',
  'utrecht-radicalisering',
  'vng-radicalisering',
  'zoetermeer-radicalisering',
  'zorg-en-veiligheidshuizen-netwerk',
];

/**
 * Dutch and French words of the descriptions that were rewritten, which an English page must not show.
 * Not the words of the proper nouns kept inside the translations ("Zorg- en Veiligheidshuizen",
 * "Vereniging van Nederlandse Gemeenten", "Plan de cohésion sociale", "Van Moeder tot Moeder").
 */
const dutchOrFrenchDescription =
  /(?<!\p{L})(je|gemeente|commune|votre|politie|wijkagent|agent de quartier|meldpunt|aanspreekpunt|point de contact|zorgen|inquiétudes|radicalisering|radicalisme violent|radicalisation violente|ondersteuning|soutien|steun|groepssessies|séances|ouders|parents et enfants|moeders|mères|moedergroep|vragen|questions sur|consulenten|advies|conseil|médiation|familles|gezinnen|documentaire|carnet|pédagogique|lesboekje|référent|veiligheidscel|cellule|consultations spécialisées|zelfhulpgroepen|entraide|proches|naasten|victimes|slachtoffers|professionnels|noodkreet|theologische|maatschappelijke|identiteitsontwikkeling|lotgenotencontact|familieleden|jongeren|jeunes|persoonsgerichte|aanpak|approche|actions socio-préventives|niveau local|lokaal niveau|milieu scolaire|polarisering|aux familles|affectées|getroffen|van het referentie-CAW|radicalisation des jeunes|later|anciennement|lien probable)(?!\p{L})/iu;

describe('the name of a service', () => {
  test('the entries are read', () => expect(entries.length).toBeGreaterThanOrEqual(118));

  test('no name, and no shown name in any language, holds an editorial note', () => {
    for (const e of entries) {
      const fm = e.frontmatter as Raw;
      expect(typeof fm.name, e.file).toBe('string');
      expect(fm.name as string, `${e.file}: name`).not.toMatch(editorialInName);
      for (const lang of uiLanguages) {
        const shown = (fm.shownName as Raw | undefined)?.[lang];
        if (shown !== undefined) expect(shown as string, `${e.file}: shownName.${lang}`).not.toMatch(editorialInName);
      }
    }
  });

  test('a shown name is in every UI language, and in nothing but languages', () => {
    for (const e of entries) {
      const shown = (e.frontmatter as Raw).shownName;
      if (shown === undefined) continue;
      for (const lang of uiLanguages) expect(Object.keys(shown as object), e.file).toContain(lang);
      for (const key of Object.keys(shown as object)) expect(uiLanguages, `${e.file}: ${key}`).toContain(key);
    }
  });

  test('every entry whose name is a description in one language has a shown name in each language', () => {
    for (const id of rewritten) expect(byId.get(id)?.shownName, id).toBeDefined();
  });

  test('on an English page no service name shows the Dutch or French words of the rewritten descriptions', () => {
    for (const { file, initiative } of initiatives) {
      const shown = shownName(initiative, 'en');
      if (initiative.shownName === undefined) {
        // A proper name is shown as it is (and may be Dutch or French): only the old notes and labels are checked.
        expect(shown, `${file}: name on the English page`).not.toMatch(
          /(?<!\p{L})(lien probable|later|anciennement)(?!\p{L})|^Je gemeente|–\s*(meldpunt|zorgen|radicalisering$|vragen|ondersteuning|groepssessies|wijkagent|documentaire|consultations|persoonsgerichte)/iu,
        );
        continue;
      }
      expect(shown, `${file}: shownName.en`).not.toMatch(dutchOrFrenchDescription);
    }
  });

  test('a shown name longer than a few words is written in each language (no copy left untranslated)', () => {
    for (const { file, initiative } of initiatives) {
      const t = initiative.shownName;
      if (!t || Math.max(...Object.values(t).map((s) => (s ?? '').split(/\s+/).length)) <= 4) continue;
      expect(t.en, `${file}: en is the Dutch text`).not.toBe(t.nl);
      expect(t.en, `${file}: en is the French text`).not.toBe(t.fr);
      expect(t.fr, `${file}: fr is the Dutch text`).not.toBe(t.nl);
    }
  });

  test('the shown names follow the register and typography of the site: je in Dutch, vous and a space before ; : ? ! in French', () => {
    for (const { file, initiative } of initiatives) {
      if (!initiative.shownName) continue;
      expect(initiative.shownName.nl, file).not.toMatch(/(?<!\p{L})(u|uw|uzelf)(?!\p{L})/iu);
      expect(initiative.shownName.fr, file).not.toMatch(/(?<!\p{L})(ta|ton|tes|tu)(?!\p{L})/iu);
      expect(initiative.shownName.fr, file).not.toMatch(/\S[;:?!](\s|$)/u);
    }
  });

  test('a former or later name is alternateName, as the sources say', () => {
    expect(byId.get('exits-forsa')).toMatchObject({ name: 'Exits', alternateName: 'Forsa' });
    expect(byId.get('atelier-de-parentalite-save-belgium')).toMatchObject({
      name: 'Atelier de Parentalité',
      alternateName: "Mother's School",
    });
    // The probable tie is mapping2018.attribution, not a note in the name.
    expect(byId.get('prevention-radicalisation-violente-anderlecht')).toMatchObject({
      name: 'Prévention de la radicalisation violente',
      mapping2018: { attribution: 'probable' },
    });
  });

  test('a proper name is shown as it is in every language', () => {
    for (const id of [
      'de-touter-houvast',
      'caprev-fwb',
      'landelijk-steunpunt-extremisme',
      'veiligheidshuis-zeeland',
      'veilig-thuis',
      'smn-hulplijn-radicalisering',
    ]) {
      const initiative = byId.get(id)!;
      expect(initiative.shownName, id).toBeUndefined();
      for (const lang of uiLanguages) expect(shownName(initiative, lang)).toBe(initiative.name);
    }
  });

  test('a rewritten entry as each language shows it', () => {
    const utrecht = byId.get('utrecht-radicalisering')!;
    expect(utrecht.name).toBe('Gemeente Utrecht – zorgen om radicalisering');
    expect(shownName(utrecht, 'nl')).toBe('Gemeente Utrecht – zorgen om radicalisering');
    expect(shownName(utrecht, 'fr')).toBe('Commune d’Utrecht – inquiétudes liées à la radicalisation');
    expect(shownName(utrecht, 'en')).toBe('Utrecht municipality – concerns about radicalisation');
  });

  test('sorting by name in a language uses the names that language shows', () => {
    const list = [
      byId.get('gemeente-contactpunt-radicalisering')!,
      byId.get('politie-wijkagent')!,
      byId.get('veilig-thuis')!,
    ];
    // Dutch: "Je gemeente…", "Politie…", "Veilig Thuis"; English: "Police…", "Veilig Thuis", "Your municipality…".
    expect(byShownName(list, 'nl', (p) => p).map((p) => p.id)).toEqual([
      'gemeente-contactpunt-radicalisering',
      'politie-wijkagent',
      'veilig-thuis',
    ]);
    expect(byShownName(list, 'en', (p) => p).map((p) => p.id)).toEqual([
      'politie-wijkagent',
      'veilig-thuis',
      'gemeente-contactpunt-radicalisering',
    ]);
  });
});

describe('the shown name reaches every export that carries per-language fields, and only those', () => {
  const directory = buildDirectory(
    initiatives.map((p) => p.initiative),
    loadMunicipalities(),
  );
  const utrecht = directory.byId.get('utrecht-radicalisering')!;

  test('the map data of each language has the shown name, and the own name for the ranking rule', () => {
    const en = buildMapData('en', directory.entries, loadMunicipalities(), new Date('2026-12-02'));
    const entry = en.entries.find((e) => e.id === 'utrecht-radicalisering')!;
    expect(entry).toMatchObject({
      name: 'Utrecht municipality – concerns about radicalisation',
      properName: 'Gemeente Utrecht – zorgen om radicalisering',
    });
    const lse = en.entries.find((e) => e.id === 'landelijk-steunpunt-extremisme')!;
    expect(lse.name).toBe('Landelijk Steunpunt Extremisme (LSE)');
    expect(lse.properName).toBeUndefined();
  });

  test('the CSV keeps name and its column order, and appends name_nl, name_fr and name_en', () => {
    const [header, ...rows] = initiativesCsv(directory.entries, new Date('2026-12-02'))
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/);
    const columns = header!.split(';');
    // Appended after the original columns (later additions, such as remit, come after them).
    const at = columns.indexOf('name_nl');
    expect(at).toBeGreaterThan(columns.indexOf('organization_en'));
    expect(columns.slice(at, at + 3)).toEqual(['name_nl', 'name_fr', 'name_en']);
    expect(columns.indexOf('name')).toBe(1);
    const row = rows.find((r) => r.startsWith('utrecht-radicalisering;'))!;
    expect(row).toContain('Gemeente Utrecht – zorgen om radicalisering');
    expect(row).toContain('Utrecht municipality – concerns about radicalisation');
  });

  test('JSON-LD names the service as the page does, with its own name as alternateName', () => {
    const data = structuredData(utrecht.data, 'https://example.org/x/', 'en', new Date('2026-12-02'));
    expect(data.name).toBe('Utrecht municipality – concerns about radicalisation');
    expect(data.alternateName).toBe('Gemeente Utrecht – zorgen om radicalisering');
    expect(
      structuredData(utrecht.data, 'https://example.org/x/', 'nl', new Date('2026-12-02')).alternateName,
    ).toBeUndefined();
  });
});

describe('the schema refuses an editorial note in the name, naming the fix', () => {
  const base = entries.find((e) => e.file.endsWith('utrecht-radicalisering.md'))!;
  const withFields = (fields: Raw) =>
    initiativeSchema.safeParse({ ...structuredClone(base.frontmatter as Raw), ...fields });
  const messageFor = (fields: Raw) => {
    const result = withFields(fields);
    expect(result.success, JSON.stringify(fields)).toBe(false);
    return result
      .error!.issues.filter((i) => i.path[0] === 'name' || i.path[0] === 'shownName')
      .map((i) => `${i.path.join('.')}: ${i.message}`)
      .join('\n');
  };

  test('the rewritten entry passes as it is', () => expect(withFields({}).success).toBe(true));

  test('a probable tie in the name fails and points to mapping2018.attribution', () => {
    for (const name of [
      'Prévention de la radicalisation violente (Anderlecht, lien probable)',
      'Moedergroep (verband waarschijnlijk)',
      'Parenting workshop (probable)',
    ]) {
      expect(messageFor({ name }), name).toMatch(/^name: .*mapping2018\.attribution/);
    }
  });

  test('a former or later name in the name fails and points to alternateName', () => {
    for (const name of [
      'Exits (later Forsa)',
      "Atelier de Parentalité (anciennement Mother's School)",
      'Forsa (voorheen Exits)',
      'Forsa (formerly Exits)',
    ]) {
      expect(messageFor({ name }), name).toMatch(/^name: .*alternateName/);
    }
  });

  test('a note in one language of the shown name fails on that language', () => {
    const shownName = { ...Object.fromEntries(uiLanguages.map((lang) => [lang, 'Exits'])), en: 'Exits (later Forsa)' };
    expect(messageFor({ shownName })).toMatch(/^shownName\.en: .*alternateName/);
  });

  test('a shown name as one plain string, or without a language, fails and asks for every UI language', () => {
    const plain = messageFor({ shownName: 'Utrecht municipality – concerns about radicalisation' });
    expect(plain).toMatch(/^shownName: .*Dutch, French/);
    for (const lang of uiLanguages) expect(plain).toContain(`${lang}:`);
    expect(messageFor({ shownName: { nl: 'Gemeente Utrecht', en: 'Utrecht municipality' } })).toMatch(/shownName\.fr/);
  });

  test('proper names pass', () => {
    for (const name of [
      'Houvast',
      "CAPREV – Centre d'Aide et de Prise en charge des Radicalismes et Extrémismes Violents",
      'Landelijk Steunpunt Extremisme (LSE)',
      'Zorg- en Veiligheidshuis Zeeland',
      'Veilig Thuis',
      'Hulplijn Radicalisering (SMN)',
      'Atelier de Parentalité',
    ]) {
      expect(initiativeNameProblem(name), name).toBeUndefined();
      expect(withFields({ name }).success, name).toBe(true);
    }
  });
});
