/** The link check's pure rules: which hosts are one site, how a failed request is named, which addresses an entry cites. */
import { describe, expect, test } from 'vitest';
import { classifyError, linksOf, sameSite, type LinkedEntry } from '../../src/lib/links/link-report.ts';

describe('rules', () => {
  test('same site: www and subdomains of one registered name; not another name or another host by IP', () => {
    expect(sameSite('https://www.example.be/a', 'https://example.be/b')).toBe(true);
    expect(sameSite('https://onderwijs.vlaanderen.be/', 'https://www.vlaanderen.be/x')).toBe(true);
    expect(sameSite('https://old.example.be/', 'https://new-name.nl/')).toBe(false);
    expect(sameSite('http://127.0.0.1:8080/', 'http://localhost:8080/')).toBe(false);
  });

  test('an unknown domain is told apart from a refused connection', () => {
    expect(classifyError(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } })).reason).toBe(
      'dns',
    );
    expect(
      classifyError(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } })).reason,
    ).toBe('refused');
    expect(classifyError(new DOMException('signal timed out', 'TimeoutError')).reason).toBe('timeout');
  });

  test('every cited web address is checked once, with each place it is used', () => {
    const entry = (id: string, url: string): LinkedEntry => ({
      id,
      organization: { url },
      contact: { website: { url, source: 'seed 002' }, phones: [{ source: url }] },
      sources: [{ url }, { url: undefined }],
    });
    const links = linksOf([entry('a', 'https://x.example/'), entry('b', 'https://x.example/')]);
    expect([...links.keys()]).toEqual(['https://x.example/']);
    expect(
      links
        .get('https://x.example/')!
        .filter((use) => use.id === 'a')
        .map((use) => use.field),
    ).toEqual(['contact.website.url', 'organization.url', 'sources.0.url', 'contact.phones.0.source']);
  });
});
