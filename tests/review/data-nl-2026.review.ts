/**
 * The Dutch 2026 verification dossier (nl-verify-2026, December 2026), applied to the real entries:
 * one check per named update, so a regression in the data (a merged service offered again, a
 * disputed number turned into a call button, an unverified line shown as working) fails here.
 * "Current" is asked of src/lib/directory/evidence.ts, never re-derived.
 *
 * A dated review, not a unit test (`npm run review-2026`; never part of `npm test` or the build): it
 * compares the data with what the 2026 dossier said. When a check fails, the data has moved on since
 * the dossier: if a keeper corrected it from a newer source, delete or update the check; if not, the
 * entry has a mistake. Rules live in tests/unit.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  contactRoute,
  helpKind,
  isConfirmedCurrent,
  isCurrentContact as currentOn,
  isStillOffered,
} from '../../src/lib/directory/evidence.ts';
import { readLeads } from '../../src/loaders/leads.ts';
import { loadMunicipalities } from '../../src/loaders/geo.ts';
import type { Initiative } from '../../src/schemas/initiative.ts';
import { validateDirectory } from '../../src/loaders/entry-files.ts';

const today = new Date('2026-12-01T12:00:00Z');
// The 2026 pass checked every entry against public sources in its research week.
const isCurrentContact = (detail: Parameters<typeof currentOn>[0]) =>
  currentOn(detail, { verified: { date: new Date('2026-12-01'), method: 'public-sources' } }, today);
const { entries } = validateDirectory(loadMunicipalities());
const dutch = entries.filter((e) => e.data.country === 'NL');
const byId = new Map(dutch.map((e) => [e.data.id, e]));

function entry(id: string): Initiative {
  const found = byId.get(id);
  if (!found) throw new Error(`no Dutch entry "${id}"`);
  return found.data;
}
const body = (id: string) => byId.get(id)?.body ?? '';
const digits = (value: string) => value.replace(/\D/g, '');
const phone = (initiative: Initiative, number: string) =>
  initiative.contact.phones.find((p) => digits(p.number) === digits(number));
const contactDetails = (p: Initiative) => [
  ...p.contact.phones,
  ...(p.contact.email ? [p.contact.email] : []),
  ...(p.contact.website ? [p.contact.website] : []),
];
const sourceYear = (p: Initiative, url: string) => {
  const year = /\b(19|20)\d{2}\b/.exec(p.sources.find((s) => s.url === url)?.date ?? '')?.[0];
  return year ? Number(year) : undefined;
};

describe('Dutch entries after the 2026 dossier', () => {
  describe('key discrepancies', () => {
    test('Platform JEP is merged into the Expertise-unit Sociale Stabiliteit, which exists', () => {
      const jep = entry('platform-jep');
      expect(jep.status.value).toBe('merged');
      expect(jep.status.successor).toBe('expertise-unit-sociale-stabiliteit');
      expect(byId.has(jep.status.successor!)).toBe(true);
      expect(isStillOffered(jep)).toBe(false);
      expect(jep.status.evidenceDate).toBe('2023-03-28');
    });

    test("Platform JEP's old e-mail, site and advice line are not shown as current", () => {
      const jep = entry('platform-jep');
      for (const detail of contactDetails(jep)) expect(isCurrentContact(detail), JSON.stringify(detail)).toBe(false);
      expect(jep.contact.email?.address).not.toBe('platformjep@minszw.nl');
      expect(jep.contact.website?.url ?? '').not.toMatch(/platformjep\.nl/);
      expect(JSON.stringify(jep.contact.phones)).not.toMatch(/JEP Advieslijn/);
    });

    test('the ESS phone: two current sources disagree, so neither number is a call button, and the entry says so', () => {
      const ess = entry('expertise-unit-sociale-stabiliteit');
      const a = phone(ess, '070 333 4558');
      const b = phone(ess, '070 333 4555');
      expect(a).toBeDefined();
      expect(b).toBeDefined();
      expect(isCurrentContact(a!)).toBe(false);
      expect(isCurrentContact(b!)).toBe(false);
      expect(ess.contact.phones.some(isCurrentContact)).toBe(false);
      for (const text of [
        body('expertise-unit-sociale-stabiliteit'),
        ...Object.values(ess.access.note ?? { nl: '' }),
      ]) {
        expect(text).toMatch(/333 4558/);
        expect(text).toMatch(/333 4555/);
      }
      expect(ess.contact.email).toMatchObject({
        address: 'ess@minszw.nl',
        confirmed: 2023,
        verifyBeforePublishing: false,
      });
    });

    test('the SMN helpline is not presented as a working line', () => {
      const smn = entry('smn-hulplijn-radicalisering');
      expect(smn.status.value).not.toBe('active');
      expect(smn.contact.phones.some(isCurrentContact)).toBe(false);
      expect(digits(JSON.stringify(smn.contact))).not.toContain('0681893529');
      expect(smn.contact.website?.url ?? '').not.toMatch(/hulplijnradicalisering/);
      expect(helpKind(smn, today)).not.toBe('family');
      expect(Number(smn.status.evidenceDate)).toBeLessThanOrEqual(2017);
    });

    test('School & Veiligheid: the renamed helpdesk keeps its number, but not as a call button; the site is confirmed in 2024', () => {
      const ssv = entry('stichting-school-en-veiligheid');
      expect(ssv.contact.phones.some(isCurrentContact)).toBe(false);
      expect(ssv.contact.email?.verifyBeforePublishing).toBe(true);
      expect(ssv.contact.website).toMatchObject({ confirmed: 2024, verifyBeforePublishing: false });
      expect(ssv.kind).toBe('professional-network');
    });

    test('pages with outdated referrals are flagged in the entries that cite them', () => {
      expect(body('zoetermeer-radicalisering')).toMatch(/verouderd/);
      expect(body('meld-misdaad-anoniem')).toMatch(/SMN/);
    });
  });

  describe('contact checks', () => {
    test('Meld Misdaad Anoniem, the police and Veilig Thuis carry the year of their newest dated source', () => {
      expect(phone(entry('meld-misdaad-anoniem'), '0800-7000')).toMatchObject({ confirmed: 2026 });
      // Re-checked since the dossier (2025): a 2026 source prints it.
      expect(phone(entry('politie-wijkagent'), '0900-8844')!.confirmed).toBeGreaterThanOrEqual(2025);
      // Re-checked on 2026-12-06 (a summer-2025 article prints it): the dossier said 2021.
      expect(phone(entry('veilig-thuis'), '0800-2000')!.confirmed).toBeGreaterThanOrEqual(2025);
      for (const [id, number] of [
        ['meld-misdaad-anoniem', '0800-7000'],
        ['politie-wijkagent', '0900-8844'],
        ['veilig-thuis', '0800-2000'],
      ] as const) {
        const p = entry(id);
        expect(
          sourceYear(p, phone(p, number)!.source),
          `${id}: the cited source is in the entry's sources, dated`,
        ).toBeGreaterThanOrEqual(2021);
      }
    });

    test('Veilig Thuis is open around the clock, in structured hours, and its labels read in three languages', () => {
      const line = phone(entry('veilig-thuis'), '0800-2000')!;
      expect(line.openingHours).toEqual([
        { days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '00:00', closes: '24:00' },
      ]);
      expect(typeof line.label).toBe('object');
      expect(typeof line.hours).toBe('object');
    });

    test("the LSE's phone and e-mail rest on the government's current page; its website on its own 2023 page, not on Platform JEP", () => {
      const lse = entry('landelijk-steunpunt-extremisme');
      const rijksoverheid =
        'https://www.rijksoverheid.nl/onderwerpen/terrorismebestrijding/vraag-en-antwoord/hulp-bij-radicalisering';
      expect(phone(lse, '088 20 80 080')).toMatchObject({ source: rijksoverheid, officialCurrentPage: true });
      expect(lse.contact.email).toMatchObject({
        address: 'info@hetlse.nl',
        source: rijksoverheid,
        officialCurrentPage: true,
      });
      expect(lse.contact.website?.source).not.toMatch(/platformjep/);
      expect(lse.contact.website?.confirmed).toBe(2023);
    });

    test('older or third-party-only details are not call buttons; government and own pages are', () => {
      expect(entry('veiligheidshuis-zuid-holland-zuid').contact.website?.verifyBeforePublishing).toBe(true);
      expect(entry('vng-radicalisering').contact.email?.verifyBeforePublishing).toBe(true);
      expect(isCurrentContact(phone(entry('inspectie-onderwijs-vertrouwensinspecteurs'), '0900-1113111')!)).toBe(true);
      expect(isCurrentContact(entry('utrecht-radicalisering').contact.email!)).toBe(true);
      expect(isCurrentContact(phone(entry('zvh-westelijke-mijnstreek'), '046-4778700')!)).toBe(true);
    });

    test('every Dutch phone label and phone hours are written in nl, fr and en', () => {
      for (const e of dutch) {
        for (const p of e.data.contact.phones) {
          if (p.label !== undefined) expect(typeof p.label, `${e.data.id} ${p.number} label`).toBe('object');
          if (p.hours !== undefined) expect(typeof p.hours, `${e.data.id} ${p.number} hours`).toBe('object');
        }
        if (e.data.access.hours !== undefined)
          expect(typeof e.data.access.hours, `${e.data.id} access.hours`).toBe('object');
      }
    });
  });

  describe('status updates', () => {
    const madeActive = [
      'acvz-amsterdam-amstelland',
      'kennisplatform-inclusief-samenleven',
      'landelijk-adviesteam-minderjarige-terugkeerders',
      'utrecht-radicalisering',
      'zvh-zaanstreek-waterland',
    ];
    const keptUnknown = [
      'boekel-meldpunt-radicalisering',
      'limburg-weegploeg-radicalisering',
      'midden-nederland-pool-radicalisering',
      'nog-veiligerhuis',
      'smn-hulplijn-radicalisering',
      'veiligheidshuis-gelderland-zuid',
      'veiligheidshuis-ijsselland',
      'veiligheidshuis-zuid-holland-zuid',
      'zoetermeer-radicalisering',
    ];

    test("Utrecht's contact point is current", () => {
      expect(isConfirmedCurrent(entry('utrecht-radicalisering'), today)).toBe(true);
    });

    test.each(madeActive)('%s is active on dated evidence from 2021 or later', (id) => {
      const p = entry(id);
      expect(p.status.value).toBe('active');
      expect(Number(p.status.evidenceDate?.slice(0, 4))).toBeGreaterThanOrEqual(2021);
    });

    test.each(keptUnknown)('%s stays unknown, re-checked against the dossier that found nothing newer', (id) => {
      expect(entry(id).status.value).toBe('unknown');
      expect(isConfirmedCurrent(entry(id), today)).toBe(false);
      expect(entry(id).verified.date.toISOString().slice(0, 10) >= '2026-12-01').toBe(true);
    });

    test('all 15 formerly unknown entries were verified on the day the dossier was applied, or since', () => {
      const all = [...madeActive, ...keptUnknown, 'platform-jep'];
      expect(all).toHaveLength(15);
      for (const id of all) expect(entry(id).verified.date.toISOString().slice(0, 10) >= '2026-12-01', id).toBe(true);
    });
  });

  describe('new services', () => {
    const added = [
      'rotterdam-meld-en-adviespunt-radicalisering',
      'den-haag-informatiepunt-polarisatie-radicalisering',
      'vijfheerenlanden-meld-en-adviespunt-radicalisering',
      'lse-landelijk-interventieteam-vreemdelingenketen',
      'lse-lotgenotencontact-familie',
      'zvh-landelijk-flexteam-radicalisering',
    ];

    test.each(added)(
      '%s exists, and each of its contact details rests on a 2021+ source or a current official page',
      (id) => {
        const p = entry(id);
        for (const detail of contactDetails(p)) {
          const dated =
            detail.confirmed !== undefined && detail.confirmed >= 2021 && (sourceYear(p, detail.source) ?? 0) >= 2021;
          expect(dated || detail.officialCurrentPage, `${id}: ${JSON.stringify(detail)}`).toBe(true);
        }
        expect(p.verified.date.toISOString().slice(0, 10) >= '2026-12-01').toBe(true);
      },
    );

    test("Rotterdam's mobile number from the 2018–2022 programme is not a call button", () => {
      expect(entry('rotterdam-meld-en-adviespunt-radicalisering').contact.phones.some(isCurrentContact)).toBe(false);
    });

    test('the flexteam and the LIV are for professionals, not front doors for families', () => {
      expect(helpKind(entry('zvh-landelijk-flexteam-radicalisering'), today)).not.toBe('family');
      expect(contactRoute(entry('zvh-landelijk-flexteam-radicalisering'))).toBe('professionals');
      expect(entry('lse-landelijk-interventieteam-vreemdelingenketen').kind).toBe('professional-network');
    });

    test('low-confidence finds with one source are leads, not entries', () => {
      const { leads: all, problems } = readLeads();
      expect(problems).toEqual([]);
      const leads = all.filter((l) => l.country === 'NL');
      const ids = leads.map((l) => l.id);
      expect(ids).toEqual(
        expect.arrayContaining(['papendrecht-meldpunt-radicalisering', 'oosterhout-radicalisering-melden']),
      );
      for (const lead of leads) {
        expect(byId.has(lead.id), `${lead.id} is a lead and an entry`).toBe(false);
        expect(lead.sources.length, lead.id).toBeGreaterThan(0);
      }
    });
  });

  describe('who can reach it', () => {
    test('care and safety houses are for professionals only; no Dutch entry says "anyone" without a source for it', () => {
      const anyoneAllowed = new Set(['meld-misdaad-anoniem', 'veilig-thuis', 'politie-wijkagent']);
      for (const { data: p } of dutch) {
        if (p.kind === 'care-and-safety-house') expect(p.access.whoMayContact, p.id).toEqual(['professionals']);
        if (p.access.whoMayContact.includes('anyone'))
          expect(anyoneAllowed.has(p.id), `${p.id} says anyone`).toBe(true);
      }
    });

    test('expertise centres and training for professionals are not typed as services', () => {
      for (const id of [
        'expertise-unit-sociale-stabiliteit',
        'kennisplatform-inclusief-samenleven',
        'nctv',
        'nederlands-jeugdinstituut',
        'rijksopleidingsinstituut-tegengaan-radicalisering',
        'vng-radicalisering',
        'platform-jep',
      ]) {
        expect(entry(id).kind, id).toBe('professional-network');
      }
    });
  });

  describe('nothing the dossier flags is published', () => {
    // Flagged in nl-verify-2026: an address "not to publish", a misprinted number, an outage-only
    // number and the number of a line with no trace after 2017. Matched on digits with boundaries,
    // so the correct 0800-7000 does not match the misprint 0800-700.
    const forbidden: { what: string; pattern: RegExp }[] = [
      { what: 'platformjep@minszw.nl (superseded, do not publish)', pattern: /platformjep@minszw\.nl/i },
      { what: '0800-700 (misprint of 0800-7000)', pattern: /(?<!\d)0800[\s-]?700(?![\s-]?\d)/ },
      {
        what: '088-6628844 (police outage number, not a standing line)',
        pattern: /(?<!\d)088[\s-]?662[\s-]?88[\s-]?44(?!\d)/,
      },
      {
        what: '06-81893529 (SMN line, no trace after 2017)',
        pattern: /(?<!\d)06[\s-]*81[\s-]?89[\s-]?35[\s-]?29(?!\d)/,
      },
    ];
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path) : [path];
      });
    const published = [...files('src/content'), ...files('src/data/leads')].filter((f) => /\.(md|ya?ml|json)$/.test(f));

    test('the check reads the Dutch entries, the guides and the leads', () => {
      expect(published.some((f) => f.endsWith('platform-jep.md'))).toBe(true);
      expect(published.some((f) => f.endsWith('who-does-what-nl.md'))).toBe(true);
      expect(published.some((f) => f.endsWith('nl.yaml'))).toBe(true);
    });

    test('no flagged address or number appears in any published file', () => {
      // The patterns catch what they are meant to, and spare the correct numbers.
      const matches = (text: string) => forbidden.filter(({ pattern }) => pattern.test(text)).length;
      expect([
        matches('mail platformjep@minszw.nl'),
        matches('bel 0800-700.'),
        matches('088-6628844'),
        matches('06 - 81 89 35 29'),
      ]).toEqual([1, 1, 1, 1]);
      expect(matches('bel 0800-7000 of 0800-2000, of 088 20 80 080')).toBe(0);
      const hits = forbidden.flatMap(({ what, pattern }) =>
        published.filter((f) => pattern.test(readFileSync(f, 'utf8'))).map((f) => `${what} in ${f}`),
      );
      expect(hits).toEqual([]);
    });
  });
});
