import { describe, expect, test } from 'vitest';
import { checkConfirm, nearestIds, replaceVerified, type ConfirmRequest } from '../../src/lib/directory/confirm.ts';

const today = new Date('2027-03-12');
const ids = ['caprev-fwb', 'crea-fwb', 'de-touter-houvast'];
const problemsOf = (result: ReturnType<typeof checkConfirm>) => ('problems' in result ? result.problems : []);

describe('confirm: what the command accepts', () => {
  test("a service's confirmation with its note, a website check with its page", () => {
    expect(
      checkConfirm(
        {
          id: 'caprev-fwb',
          method: 'service-confirmed',
          date: '2027-03-12',
          note: 'reply from the functional address',
        },
        ids,
        today,
      ),
    ).toEqual({
      request: {
        id: 'caprev-fwb',
        method: 'service-confirmed',
        date: new Date('2027-03-12'),
        note: 'reply from the functional address',
      },
    });
    expect(
      checkConfirm(
        { id: 'crea-fwb', method: 'service-website', date: '2027-03-01', source: 'https://example.be/page' },
        ids,
        today,
      ),
    ).toMatchObject({ request: { source: 'https://example.be/page' } });
  });

  test('each refusal names the fix', () => {
    expect(
      problemsOf(
        checkConfirm(
          { id: 'caprv-fwb', method: 'public-sources', date: '2027-03-01', source: 'https://x.be/' },
          ids,
          today,
        ),
      ),
    ).toEqual([expect.stringMatching(/no entry has the id "caprv-fwb"; did you mean "caprev-fwb"/)]);
    expect(problemsOf(checkConfirm({ id: 'crea-fwb', method: 'phoned', date: '2027-03-01' }, ids, today))).toEqual([
      expect.stringMatching(/unknown method "phoned"; use one of service-confirmed, service-website, public-sources/),
    ]);
    expect(
      problemsOf(
        checkConfirm(
          { id: 'crea-fwb', method: 'service-website', date: '2027-03-13', source: 'https://x.be/' },
          ids,
          today,
        ),
      ),
    ).toEqual([expect.stringMatching(/in the future \(today is 2027-03-12\)/)]);
    expect(
      problemsOf(
        checkConfirm(
          { id: 'crea-fwb', method: 'service-website', date: '12/03/2027', source: 'https://x.be/' },
          ids,
          today,
        ),
      ),
    ).toEqual([expect.stringMatching(/YYYY-MM-DD/)]);
    expect(
      problemsOf(checkConfirm({ id: 'crea-fwb', method: 'public-sources', date: '2027-03-01' }, ids, today)),
    ).toEqual([expect.stringMatching(/public-sources needs --source/)]);
    expect(
      problemsOf(
        checkConfirm({ id: 'crea-fwb', method: 'service-website', date: '2027-03-01', source: 'www.x.be' }, ids, today),
      ),
    ).toEqual([expect.stringMatching(/must be a full web address/)]);
    expect(
      problemsOf(checkConfirm({ id: 'crea-fwb', method: 'service-confirmed', date: '2027-03-01' }, ids, today)),
    ).toEqual([expect.stringMatching(/needs --note saying how the service confirmed/)]);
    expect(
      problemsOf(
        checkConfirm(
          { id: 'crea-fwb', method: 'service-confirmed', date: '2027-03-01', note: 'call with jan.peeters@example.be' },
          ids,
          today,
        ),
      ),
    ).toEqual([expect.stringMatching(/looks like a person's address/)]);
    expect(
      problemsOf(
        checkConfirm(
          { id: 'crea-fwb', method: 'service-confirmed', date: '2027-03-01', note: 'n' },
          ids,
          today,
          () => new Date('2027-03-05'),
        ),
      ),
    ).toEqual([expect.stringMatching(/before the entry's last verification \(2027-03-05\)/)]);
    expect(problemsOf(checkConfirm({}, ids, today))).toHaveLength(3);
  });

  test('nearest ids: a shared part first, then the fewest edits', () => {
    expect(nearestIds('touter', ids)[0]).toBe('de-touter-houvast');
    expect(nearestIds('crea-fbw', ids)[0]).toBe('crea-fwb');
  });
});

describe('confirm: the one edit it makes', () => {
  const text = [
    '---',
    'id: x',
    'sources:',
    '  - title: t',
    'verified:',
    '  date: 2026-12-01',
    '  method: public-sources',
    '  note: old',
    '---',
    '',
    'verified: in the body stays',
    '',
  ].join('\n');
  const request: ConfirmRequest = {
    id: 'x',
    method: 'service-website',
    date: new Date('2027-03-12'),
    source: 'https://example.be/a#b',
    note: 'page: read "today"',
  };

  test('only the verified block changes; notes and sources that YAML could misread are quoted', () => {
    const result = replaceVerified(text, request);
    expect(result).toEqual({
      text: [
        '---',
        'id: x',
        'sources:',
        '  - title: t',
        'verified:',
        '  date: 2027-03-12',
        '  method: service-website',
        '  source: https://example.be/a#b',
        '  note: "page: read \\"today\\""',
        '---',
        '',
        'verified: in the body stays',
        '',
      ].join('\n'),
    });
  });

  test('Windows line endings stay; an entry still on lastVerified is sent to the codemod', () => {
    const crlf = replaceVerified(text.replace(/\n/g, '\r\n'), request);
    expect('text' in crlf && crlf.text.split('\r\n').length).toBe(text.split('\n').length + 1);
    expect(replaceVerified('---\nid: x\nlastVerified: 2026-12-01\n---\n', request)).toEqual({
      problem: expect.stringMatching(/codemods\/verified\.ts/),
    });
  });
});
