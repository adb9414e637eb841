import { describe, expect, test } from 'vitest';
import { siteAddressWarning } from '../../src/integrations/site-address-warning.ts';

const placeholder = {
  siteUrl: 'https://familysupportatlas.example',
  correctionsEmail: 'corrections@familysupportatlas.example',
};

describe('the build warns when the site address is a placeholder', () => {
  test('SITE_URL unset: names the variable and what breaks', () => {
    const warning = siteAddressWarning({ ...placeholder, placeholders: { siteUrl: true, correctionsEmail: false } });
    expect(warning).toMatch(/SITE_URL is not set/);
    expect(warning).toMatch(/QR codes/);
    expect(warning).toMatch(/canonical links/);
    expect(warning).not.toMatch(/CORRECTIONS_EMAIL is not set/);
    expect(warning!.split('\n').length).toBeGreaterThan(5);
  });

  test('CORRECTIONS_EMAIL unset: names it', () => {
    const warning = siteAddressWarning({ ...placeholder, placeholders: { siteUrl: false, correctionsEmail: true } });
    expect(warning).toMatch(/CORRECTIONS_EMAIL is not set/);
    expect(warning).not.toMatch(/SITE_URL is not set/);
  });

  test('both set: no warning', () => {
    expect(
      siteAddressWarning({
        siteUrl: 'https://atlas.example.org',
        correctionsEmail: 'c@example.org',
        placeholders: { siteUrl: false, correctionsEmail: false },
      }),
    ).toBeUndefined();
  });
});
