import { describe, expect, test } from 'vitest';
import type { LapseCost } from '../../src/lib/directory/freshness.ts';
import {
  describeReason,
  dueEntries,
  letterLanguage,
  looksPersonal,
  recipientOf,
} from '../../src/lib/directory/recheck.ts';
import { recheckLetter, type LetterFacts } from '../../src/lib/directory/recheck-letter.ts';
import { asEml, asMailto } from '../../src/lib/directory/recheck-mail.ts';
import type { Initiative } from '../../src/schemas/initiative.ts';
import { directoryEntry, phone } from '../support/builders.ts';

const today = new Date('2027-03-12');

function cost(
  id: string,
  o: {
    status?: Initiative['status']['value'];
    statusLapse?: string;
    callLapse?: string;
    email?: string;
    website?: string;
    phone?: string;
    side?: 'nl' | 'fr' | 'de';
  } = {},
): LapseCost {
  const entry = directoryEntry({
    id,
    fields: {
      languageSide: o.side ?? 'nl',
      status: { value: o.status ?? 'active', evidence: 'test' },
      contact: {
        phones: o.phone ? [phone({ number: o.phone })] : [],
        ...(o.email ? { email: { address: o.email, source: 's' } } : {}),
        ...(o.website ? { website: { url: o.website, source: 's' } } : {}),
      },
    },
    served: [],
  });
  return {
    entry,
    callButtons: 0,
    confirmedLines: 0,
    shownIn: 0,
    withCall: 0,
    regainCalls: 0,
    regainLines: 0,
    lapses: {
      ...(o.statusLapse ? { status: new Date(o.statusLapse) } : {}),
      ...(o.callLapse ? { callButton: new Date(o.callLapse) } : {}),
    },
  };
}

describe('re-check queue: what is due', () => {
  test('due: status unknown, undated, lapsed, or lapsing within 90 days; not 91 days out, and never an ended entry', () => {
    const due = dueEntries(
      [
        cost('unknown', { status: 'unknown', statusLapse: '2030-01-01' }),
        cost('undated'),
        cost('lapsed', { statusLapse: '2026-01-01' }),
        cost('day-90', { statusLapse: '2027-06-10' }),
        cost('day-91', { statusLapse: '2027-06-11' }),
        cost('call', { statusLapse: '2030-01-01', callLapse: '2027-04-01' }),
      ],
      today,
    );
    expect(due.map((d) => [d.cost.entry.data.id, d.reasons.map((r) => r.kind)])).toEqual([
      ['unknown', ['status-unknown']],
      ['undated', ['status-undated']],
      ['lapsed', ['status']],
      ['day-90', ['status']],
      ['call', ['call-button']],
    ]);
  });
});

describe('re-check queue: dead links', () => {
  test('an entry the link check names is due for it, in its place in the order; one it does not name is not', () => {
    const links = new Map([
      ['fresh-dead', 'contact.website.url dead (HTTP 404 Not Found)'],
      ['lapsed', 'sources.0.url moved to https://elsewhere.example/'],
    ]);
    const due = dueEntries(
      [
        cost('lapsed', { statusLapse: '2026-01-01' }),
        cost('fresh', { statusLapse: '2030-01-01' }),
        cost('fresh-dead', { statusLapse: '2030-01-01' }),
      ],
      today,
      links,
    );
    expect(due.map((d) => [d.cost.entry.data.id, d.reasons.map((r) => r.kind)])).toEqual([
      ['lapsed', ['status', 'link']],
      ['fresh-dead', ['link']],
    ]);
    expect(describeReason(due[1]!.reasons[0]!, today)).toBe(
      'link check: contact.website.url dead (HTTP 404 Not Found)',
    );
  });
});

describe('re-check queue: whom to ask', () => {
  test("a functional address is used; one shaped like a person's is refused, and the keeper is told how else to check", () => {
    expect(looksPersonal('jan.peeters@example.be')).toBe(true);
    expect(looksPersonal('j.peeters@example.be')).toBe(true);
    expect(looksPersonal('marie-claire_dubois@example.be')).toBe(true);
    expect(looksPersonal('info@example.be')).toBe(false);
    expect(looksPersonal('extremismes-violents@cfwb.be')).toBe(false);
    expect(looksPersonal('meldpunt.radicalisering@example.nl')).toBe(false);
    expect(recipientOf(cost('a', { email: 'info@example.be' }).entry.data)).toEqual({ address: 'info@example.be' });
    const personal = recipientOf(
      cost('b', { email: 'jan.peeters@example.be', website: 'https://example.be/', phone: '02 511 11 11' }).entry.data,
    );
    expect(personal).toMatchObject({
      refused: expect.stringMatching(/looks like a person's address/),
      instead: expect.stringMatching(/https:\/\/example\.be\/.*call 02 511 11 11/),
    });
    expect(recipientOf(cost('c').entry.data)).toMatchObject({
      refused: 'no e-mail address in the entry',
      instead: expect.stringMatching(/dated public source/),
    });
  });

  test("the letter is in the service's working language: Dutch, French, English otherwise", () => {
    expect(letterLanguage(cost('a', { side: 'nl' }).entry.data)).toBe('nl');
    expect(letterLanguage(cost('a', { side: 'fr' }).entry.data)).toBe('fr');
    expect(letterLanguage(cost('a', { side: 'de' }).entry.data)).toBe('en');
  });
});

describe('re-check letter', () => {
  const facts: LetterFacts = {
    name: 'Écoute Famille',
    organization: 'Ville de Liège',
    status: 'Actif',
    phones: [{ number: '04 221 00 00', hours: 'du lundi au vendredi' }],
    email: 'info@example.be',
    whoMayContact: 'parents',
    area: 'Liège',
    verified: 'Vérifié à partir de sources publiques le 1er décembre 2026.',
    pageUrl: 'https://atlas.example/fr/initiative/x/',
  };

  test('it shows the facts, asks what is due, and offers the three answers, in each language', () => {
    const fr = recheckLetter(facts, { status: true, phone: true }, 'fr', 'keepers@atlas.example');
    expect(fr.subject).toMatch(/Écoute Famille/);
    for (const line of [
      '- Téléphone : 04 221 00 00 (joignable : du lundi au vendredi)',
      '- Site web : aucun',
      '[ ] Tout est toujours exact.',
      '[ ] Quelque chose a changé :',
      '[ ] Le service n’existe plus.',
    ])
      expect(fr.body).toContain(line);
    expect(fr.body).toMatch(/propose-t-il toujours cette aide/);
    expect(recheckLetter(facts, { status: false, phone: true }, 'fr', 'k@a.example').body).not.toMatch(
      /propose-t-il toujours/,
    );
    expect(recheckLetter(facts, { status: true, phone: false }, 'nl', 'k@a.example').body).toMatch(
      /\[ \] Alles klopt nog\.\n\[ \] Er is iets veranderd, namelijk:/,
    );
    expect(recheckLetter(facts, { status: true, phone: false }, 'en', 'k@a.example').body).toMatch(
      /\[ \] The service has ended/,
    );
  });

  test('the .eml is RFC 5322: CRLF only, an encoded UTF-8 subject, a draft that is not sent by itself', () => {
    const letter = recheckLetter(facts, { status: true, phone: false }, 'fr', 'keepers@atlas.example');
    const eml = asEml(letter, 'info@example.be', 'keepers@atlas.example', today, 'x');
    const split = eml.indexOf('\r\n\r\n');
    const head = eml.slice(0, split);
    const body = eml.slice(split + 4);
    expect(eml.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(head).toMatch(
      /^From: keepers@atlas\.example\r\nTo: info@example\.be\r\nSubject: =\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=\r\nDate: Fri, 12 Mar 2027 00:00:00 \+0000\r\n/,
    );
    expect(head).toContain('Content-Type: text/plain; charset=UTF-8');
    expect(head).toContain('X-Unsent: 1');
    const subject = /Subject: =\?UTF-8\?B\?(.+)\?=/.exec(head)![1]!;
    expect(Buffer.from(subject, 'base64').toString('utf8')).toBe(letter.subject);
    expect(body).toContain('Écoute Famille');
  });

  test('the mailto: link carries the same letter, with nothing that would break a Markdown link', () => {
    const letter = recheckLetter(facts, { status: true, phone: false }, 'fr', 'k@a.example');
    const link = asMailto(letter, 'info@example.be');
    expect(link).toMatch(/^mailto:info@example\.be\?subject=/);
    expect(link).not.toMatch(/[\s()']/);
    const params = new URLSearchParams(link.split('?')[1]);
    expect(params.get('subject')).toBe(letter.subject);
    expect(params.get('body')).toBe(letter.body.replace(/\n/g, '\r\n'));
  });
});
