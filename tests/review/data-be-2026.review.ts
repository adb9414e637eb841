/**
 * The Belgian December 2026 dossier, applied: each named status update, the successor it names, CAPREV's
 * current hours and number, the new entries and the sources behind their contact details, and no
 * personal address or garbled number that the dossier flags. Reads the real entries (CONTENT_DIR is
 * honoured, so the same checks can be run against an older copy of the data and must fail there).
 *
 * A dated review, not a unit test (`npm run review-2026`; never part of `npm test` or the build): it
 * compares the data with what the 2026 dossier said. When a check fails, the data has moved on since
 * the dossier: if a keeper corrected it from a newer source, delete or update the check; if not, the
 * entry has a mistake. Rules live in tests/unit.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { isConfirmedCurrent } from '../../src/lib/directory/evidence.ts';
import { readLeads } from '../../src/loaders/leads.ts';
import { loadMunicipalities } from '../../src/loaders/geo.ts';
import type { Initiative } from '../../src/schemas/initiative.ts';
import { listEntryFiles, initiativesDirectory, validateDirectory } from '../../src/loaders/entry-files.ts';
import { uiLanguages } from '../../src/schemas/languages.ts';

const today = new Date('2026-12-01T12:00:00Z');
const { entries, problems } = validateDirectory(loadMunicipalities());
const initiatives = entries.map((e) => e.data);
const byId = new Map(initiatives.map((p) => [p.id, p]));
const belgian = initiatives.filter((p) => p.country === 'BE');
const entry = (id: string): Initiative => {
  const p = byId.get(id);
  if (!p) throw new Error(`no entry "${id}"`);
  return p;
};

/** The 33 entries whose status the 2026 dossier re-examined (its status_updates). */
const statusUpdated = [
  'crea-fwb',
  'gent-dpvv-team-radicalisering',
  'prefer-asbl',
  'mechelen-pim',
  'antwerpen-team-preventie-radicalisering',
  'vilvoorde-dienst-deradicalisering',
  'safer-verviers',
  'charleroi-ecoute-info-radicalisme',
  'atelier-de-parentalite-save-belgium',
  'molenbeek-cellule-radicalisme',
  'prevention-radicalisation-violente-anderlecht',
  'averroes-vzw',
  'cocon-vilvoorde-project-r',
  'de-touter-hoedsaam',
  'de-touter-houvast',
  'forumtheater-radicalisering',
  'frameries-pcs-maison-de-la-prevention',
  'infolijn-islam',
  'le-figuier-asbl',
  'les-invisibles',
  'les-parents-concernes',
  'slim-voor-ouders',
  'soutien-familles-radicalisation-province-de-liege',
  'service-d-actions-sociales',
  'psychologische-ondersteuning-radicaliseringsdossiers',
  'positieve-religieuze-identiteitsontwikkeling',
  'tegemoetkomen-aan-de-noodkreet-van-moeders',
  'theologische-en-maatschappelijke-ondersteuning-aan-families',
  'intensieve-ondersteuning-aan-moeders',
  'moedergroep-van-moeder-tot-moeder',
  'radicaal-anders',
  'prevention-radicalisation-violente-niveau-local',
  'prevention-radicalisation-soutien-parents-enfants-milieu-scolaire',
];

/** The dossier's new services at medium confidence or more (and CEAPIRE and Liège: low, two independent sources each), plus CREA's successor. */
const newEntries = [
  'livc-r-csil-r',
  'vlaanderen-centraal-aanspreekpunt-radicalisering',
  'vvsg-begeleiding-coaching-livc-r',
  'expertenpool-gewelddadige-radicalisering',
  'onderwijs-aanspreekpunt-deradicalisering',
  'netwerk-islamexperten',
  'caw-limburg-team-extremisme',
  'ceapire',
  'safe-brussels-polarisation-radicalisation',
  'schaerbeek-cellule-extremismes-violents-polarisation',
  'retissons-du-lien',
  'fwb-service-equipes-mobiles',
  'wallonie-pcs-prevention-radicalisme',
  'liege-prevention-radicalisme-violent',
  'fwb-cimede-prevention-extremismes-violents',
];

/** Flagged in the dossier as not for publication: a personal work address and the fragments of a garbled mobile number. */
const flaggedEmails = ['gjanssens@1030.be'];
const flaggedNumberDigits = ['0496453969', '049645'];

const yearOf = (text: string | undefined) => Number(/\b(19|20)\d{2}\b/.exec(text ?? '')?.[0] ?? NaN);
const lastVerified = (p: Initiative) => p.verified.date.toISOString().slice(0, 10);

describe('Belgian data, 2026 dossier', () => {
  test('the collection is valid', () => expect(problems).toEqual([]));

  test('every status update is applied on 2026-12-01 (or verified again since)', () => {
    for (const id of statusUpdated)
      expect(lastVerified(entry(id)) >= '2026-12-01', `${id}: ${lastVerified(entry(id))}`).toBe(true);
  });

  test('CREA is merged into the French Community prevention strand, which exists and is current', () => {
    const crea = entry('crea-fwb');
    expect(crea.status.value).toBe('merged');
    const successor = entry(crea.status.successor!);
    expect(successor.status.value).toBe('active');
    expect(successor.name).toMatch(/CiMéDé/);
    expect(crea.contact.phones).toEqual([]);
  });

  test('the Ghent team carries its new name, keeps the old one, and is active', () => {
    const gent = entry('gent-dpvv-team-radicalisering');
    expect(gent.name).toContain('Team Samenleven en Veiligheid | Expo R');
    expect(gent.alternateName).toContain('Team Radicalisering');
    expect(gent.status.value).toBe('active');
    expect(gent.status.evidenceDate?.slice(0, 4)).toBe('2022');
    // The tie to the 2018 fiche is still only probable, so it is not counted as confirmed current.
    expect(gent.mapping2018?.attribution).toBe('probable');
  });

  test('PREFER is confirmed current, on its own pages about the 2021-2024 plan, and not called free', () => {
    const prefer = entry('prefer-asbl');
    expect(prefer.status.value).toBe('active');
    expect(isConfirmedCurrent(prefer, today)).toBe(true);
    expect(prefer.sources.some((s) => s.url === 'https://www.preferasbl.com/pgsp')).toBe(true);
    expect(prefer.access.cost).not.toBe('free');
  });

  test('entries without new evidence stay unknown and never become active', () => {
    for (const id of [
      'mechelen-pim',
      'antwerpen-team-preventie-radicalisering',
      'vilvoorde-dienst-deradicalisering',
      'safer-verviers',
      'charleroi-ecoute-info-radicalisme',
      'les-parents-concernes',
      'molenbeek-cellule-radicalisme',
    ]) {
      expect(entry(id).status.value, id).toBe('unknown');
    }
    expect(entry('vilvoorde-dienst-deradicalisering').status.evidence).toMatch(/2019/);
    expect(entry('safer-verviers').sources.some((s) => s.date === '2023-10-23')).toBe(true);
  });

  test('CAPREV: the current hours, structured and in three languages, on a number from the current official page', () => {
    const caprev = entry('caprev-fwb');
    const phone = caprev.contact.phones.find((ph) => ph.number.replace(/\D/g, '') === '080011172');
    expect(phone).toBeDefined();
    expect(phone!.openingHours).toEqual([
      { days: ['mo', 'tu', 'th', 'fr'], opens: '09:00', closes: '13:00' },
      { days: ['we'], opens: '13:00', closes: '17:00' },
    ]);
    expect(typeof phone!.hours).toBe('object');
    expect(typeof phone!.label).toBe('object');
    const hours = phone!.hours as { nl: string; fr: string; en: string };
    expect(hours.fr).toMatch(/mercredi de 13 h à 17 h/);
    expect(hours.en).toMatch(/Wednesday 13:00–17:00/);
    expect(hours.nl).toMatch(/woensdag van 13\.00 tot 17\.00/);
    expect(Object.values(hours).join(' ')).not.toMatch(/20 h|20:00|20\.00/);
    expect(phone!.source).toBe('https://www.aidealajeunesse.cfwb.be/thematiques/lutte-contre-le-radicalisme/');
    expect(phone!.officialCurrentPage).toBe(true);
    expect(caprev.status.value).toBe('active');
    expect(caprev.coverage).toMatchObject({ scope: 'community', codes: ['fr'] });
  });

  test('no Belgian phone label or hours, and no opening hours, is a plain string in one language', () => {
    for (const p of belgian) {
      for (const ph of p.contact.phones) {
        if (ph.label !== undefined) expect(typeof ph.label, `${p.id} label`).toBe('object');
        if (ph.hours !== undefined) expect(typeof ph.hours, `${p.id} hours`).toBe('object');
      }
      if (p.access.hours !== undefined) expect(typeof p.access.hours, `${p.id} access.hours`).toBe('object');
    }
  });

  test('the title-only findings: Service d’Actions Sociales is a probable tie in Liège, the others stay title-only', () => {
    const sas = entry('service-d-actions-sociales');
    expect(sas.mapping2018?.attribution).toBe('probable');
    expect(sas.coverage.codes).toEqual(['62063']);
    for (const id of [
      'psychologische-ondersteuning-radicaliseringsdossiers',
      'positieve-religieuze-identiteitsontwikkeling',
      'tegemoetkomen-aan-de-noodkreet-van-moeders',
      'theologische-en-maatschappelijke-ondersteuning-aan-families',
      'intensieve-ondersteuning-aan-moeders',
      'moedergroep-van-moeder-tot-moeder',
      'radicaal-anders',
      'prevention-radicalisation-violente-niveau-local',
      'prevention-radicalisation-soutien-parents-enfants-milieu-scolaire',
    ]) {
      expect(entry(id).mapping2018?.attribution, id).toBe('title-only');
      expect(entry(id).status.value, id).toBe('unknown');
    }
  });

  test('every new entry exists, was verified on 2026-12-01 (or since), and an active one rests on evidence from 2021 or later', () => {
    for (const id of newEntries) {
      const p = entry(id);
      expect(p.country, id).toBe('BE');
      expect(lastVerified(p) >= '2026-12-01', `${id}: ${lastVerified(p)}`).toBe(true);
      // Old-but-recent evidence (2022) is shown as stale by evidence.ts; what matters here is that it is 2021 or later.
      if (p.status.value === 'active')
        expect(Number(p.status.evidenceDate?.slice(0, 4)), id).toBeGreaterThanOrEqual(2021);
    }
  });

  test('behind each contact detail of a new entry: a cited source dated 2021 or later, or the current official page', () => {
    for (const id of newEntries) {
      const p = entry(id);
      const details = [p.contact.website, p.contact.email, ...p.contact.phones].filter((d) => d !== undefined);
      for (const d of details) {
        const cited = p.sources.find((s) => s.url === d.source);
        expect(cited, `${id}: ${d.source} is not among its sources`).toBeDefined();
        const recent = (d.confirmed ?? 0) >= 2021 || yearOf(cited!.date) >= 2021 || d.officialCurrentPage;
        expect(recent, `${id}: ${d.source}`).toBe(true);
        expect(d.verifyBeforePublishing, id).toBe(false);
      }
    }
  });

  test('the local security cells are one professional network that says police sit in it', () => {
    const cell = entry('livc-r-csil-r');
    expect(cell.kind).toBe('professional-network');
    expect(cell.coverage).toMatchObject({ scope: 'country', codes: ['BE'] });
    expect(cell.summary.nl).toMatch(/politie/);
    expect(cell.summary.fr).toMatch(/police/);
    expect(cell.summary.en).toMatch(/police/);
    // One entry for all municipalities, not one per municipality (the VVSG coaching is a separate programme).
    expect(
      belgian
        .filter(
          (p) => p.kind === 'professional-network' && p.coverage.scope === 'country' && /LIVC-R|CSIL-R/.test(p.name),
        )
        .map((p) => p.id),
    ).toEqual(['livc-r-csil-r']);
  });

  test('kinds and who may contact: resources are resources, and "anyone" is not claimed where sources speak of families', () => {
    for (const id of ['bounce-resilience-tools', 'les-invisibles', 'forumtheater-radicalisering'])
      expect(entry(id).kind, id).toBe('resource');
    expect(entry('crea-fwb').kind).toBe('professional-network');
    for (const id of ['le-figuier-asbl', 'safer-verviers'])
      expect(entry(id).access.whoMayContact, id).not.toContain('anyone');
    expect(entry('retissons-du-lien').access.whoMayContact).toContain('parents');
    for (const id of [
      'safe-brussels-polarisation-radicalisation',
      'fwb-service-equipes-mobiles',
      'expertenpool-gewelddadige-radicalisering',
    ]) {
      expect(entry(id).access.whoMayContact, id).not.toContain('parents');
    }
  });

  test('no flagged personal e-mail address or garbled number appears in any entry, lead or guide', () => {
    const files = [
      ...listEntryFiles(initiativesDirectory),
      join(process.cwd(), 'src', 'data', 'leads', 'be.yaml'),
      ...uiLanguages.flatMap((l) =>
        readdirSync(join(process.cwd(), 'src', 'content', 'guides', l)).map((f) =>
          join(process.cwd(), 'src', 'content', 'guides', l, f),
        ),
      ),
    ];
    for (const file of files) {
      const text = readFileSync(file, 'utf8').toLowerCase();
      for (const address of flaggedEmails) expect(text.includes(address), `${file} contains ${address}`).toBe(false);
      const digits = text.replace(/[\s/.()-]/g, '');
      for (const number of flaggedNumberDigits)
        expect(digits.includes(number), `${file} contains ${number}`).toBe(false);
    }
    // Schaerbeek's cell is published without them: no e-mail and no phone.
    const schaerbeek = entry('schaerbeek-cellule-extremismes-violents-polarisation');
    expect(schaerbeek.contact.email).toBeUndefined();
    expect(schaerbeek.contact.phones).toEqual([]);
  });

  test('low-confidence services with one source are leads, not entries', () => {
    const { leads, problems } = readLeads();
    expect(problems).toEqual([]);
    // This dossier's leads; a later dossier's (flanders-2026) have their own reasons.
    const belgian = leads.filter((l) => l.country === 'BE' && l.dossier === 'be-current-2026');
    expect(belgian.map((l) => l.id).sort()).toEqual([
      'menen-coordinator-radicalisering-polarisering',
      'zele-inclusiewerker-radicalisering',
    ]);
    for (const lead of belgian) {
      expect(byId.has(lead.id), lead.id).toBe(false);
      expect(lead.reason, lead.id).toBe('one-source');
      expect(lead.sources.length, lead.id).toBeGreaterThan(0);
      for (const s of lead.sources) expect(s.url, lead.id).toMatch(/^https?:\/\//);
    }
  });

  test.each([...uiLanguages])(
    'the %s guide "who does what in Belgium" links only to entries that exist, and to the key ones',
    (lang) => {
      const text = readFileSync(join(process.cwd(), 'src', 'content', 'guides', lang, 'who-does-what-be.md'), 'utf8');
      const linked = [...text.matchAll(/\]\(\.\.\/\.\.\/(?:initiatief|initiative)\/([a-z0-9-]+)\/\)/g)].map(
        (m) => m[1]!,
      );
      for (const id of linked) expect(byId.has(id), `${lang}: ${id}`).toBe(true);
      for (const id of [
        'livc-r-csil-r',
        'caprev-fwb',
        'opvoedingslijn-radicalisering',
        'wegweiser-ostbelgien',
        'safe-brussels-polarisation-radicalisation',
      ]) {
        expect(linked, lang).toContain(id);
      }
    },
  );
});
