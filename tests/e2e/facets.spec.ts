import { test, expect } from './fixtures.ts';
import { loadMunicipalities } from '../../src/loaders/geo.ts';
import { validateDirectory } from '../../src/loaders/entry-files.ts';

const initiatives = validateDirectory(loadMunicipalities()).entries.map((e) => e.data);
const current = initiatives.filter((p) => p.status.value !== 'ended' && p.status.value !== 'merged');

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const [path, has] of [
    ['/nl/preventie/tertiair/', (p: (typeof initiatives)[number]) => p.preventionLevels.values.includes('tertiary')],
    ['/fr/public-cible/parents/', (p: (typeof initiatives)[number]) => p.targetGroups.values.includes('parents')],
    [
      '/en/method/telephone-helpline/',
      (p: (typeof initiatives)[number]) => p.workingMethods.values.includes('helpline-phone'),
    ],
  ] as const) {
    test(`${path} lists exactly the current entries with that value`, async ({ page }) => {
      const expected = current
        .filter(has)
        .map((p) => p.id)
        .sort();
      expect(expected.length).toBeGreaterThan(0);
      await page.goto(path);
      // Each card's name links to its entry page: the id is the link's last path segment.
      const hrefs = await page
        .getByRole('main')
        .getByRole('article')
        .getByRole('heading')
        .getByRole('link')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      const ids = hrefs.map((href) => href.split('/').filter(Boolean).at(-1));
      expect(ids.sort()).toEqual(expected);
    });
  }

  test('the index links every facet value page, and a link leads there', async ({ page }) => {
    await page.goto('/nl/initiatieven/');
    // The controls that only work with JavaScript stay out of the way.
    await expect(page.getByRole('combobox', { name: 'Sorteren op' })).toBeHidden();
    // The filter panel, by its summary's text (a <summary> has no role to find it by): there, and hidden.
    const filters = page.getByText('Filters', { exact: true });
    await expect(filters).toBeAttached();
    await expect(filters).toBeHidden();
    await page.getByRole('region', { name: 'Filteren op' }).getByText('Preventieniveau', { exact: true }).click();
    await page.getByRole('link', { name: 'Tertiaire preventie' }).click();
    await expect(page).toHaveURL(/\/nl\/preventie\/tertiair\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Preventieniveau: Tertiaire preventie');
  });
});
