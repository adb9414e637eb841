/**
 * "Suggest a change": a message composed on the page (with JavaScript) and the prefilled e-mail (without)
 * are read back by `npm run apply-suggestion -- --dry-run`, which finds a malformed phone number and names
 * its field, and shows the expected diff for a valid change. The entry is chosen by rule (the first with a
 * national phone number), so a keeper's correction of the data never breaks this test.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { test, expect } from './fixtures.ts';
import { loadMunicipalities } from '../../src/loaders/geo.ts';
import { validateDirectory } from '../../src/loaders/entry-files.ts';
import { routes } from '../../src/lib/routes.ts';

const run = promisify(execFile);
const entry = validateDirectory(loadMunicipalities())
  .entries.map((e) => e.data)
  .find((p) => p.contact.phones[0]?.number.startsWith('0'))!;
const number = entry.contact.phones[0]!.number;
/** Too few digits for any national number of either country (a digit group dropped from a real one). */
const malformed = number.replace(/\D/g, '').slice(0, 4);
/** The same number with its last digit changed: still in the numbering plan. */
const valid = number.replace(/\d$/, (digit) => String((Number(digit) + 1) % 10));
const folder = mkdtempSync(join(tmpdir(), 'suggest-e2e-'));

async function dryRun(text: string, name: string): Promise<{ code: number; output: string }> {
  const file = join(folder, name);
  writeFileSync(file, text);
  try {
    const { stdout, stderr } = await run(process.execPath, ['scripts/apply-suggestion.ts', file, '--dry-run'], {
      encoding: 'utf8',
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

/** The body of a mailto: link, as a mail program would show it. */
function mailBody(href: string): string {
  expect(href).toMatch(/^mailto:[^?]+\?subject=/);
  return decodeURIComponent(new URL(href).searchParams.get('body') ?? '').replace(/\r\n/g, '\n');
}

test.describe('suggest a change, with JavaScript', () => {
  test('the composed message is read back: a malformed number is named, a valid one gives the expected diff', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(routes.initiative('en', entry.id));
    await page.getByRole('link', { name: 'Suggest a change to this entry' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Suggest a change' })).toBeVisible();
    const phone = page.getByRole('group', { name: /^Phone 1/ });
    const numberField = phone.getByRole('textbox', { name: 'Number' });
    await expect(numberField).toHaveValue(number);

    await numberField.fill(malformed);
    await page.getByRole('textbox', { name: /Where can this be read/ }).fill('https://www.example.org/contact');
    await page.getByRole('radio', { name: 'Yes, I work there' }).check();
    await page.getByRole('button', { name: 'Write the message' }).click();
    const message = page.getByRole('textbox', { name: 'Message', exact: true });
    await expect(message).toHaveValue(new RegExp(`contact\\.phones\\.0\\.number: ${malformed}\\n {2}was: ${number}`));
    const composed = await message.inputValue();
    // Only the changed field is in it, and the mailto carries the same text.
    expect(composed).not.toContain('contact.website.url');
    expect(
      mailBody((await page.getByRole('link', { name: 'Open it in your e-mail program' }).getAttribute('href'))!),
    ).toBe(composed);

    // The copy button works with the keyboard and says so in words.
    await page.getByRole('button', { name: 'Copy the message' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText(/^Copied\. Paste it into an e-mail to /)).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(composed);

    const bad = await dryRun(composed, 'composed-bad.txt');
    expect(bad.code).toBe(1);
    expect(bad.output).toMatch(new RegExp(`contact\\.phones\\.0\\.number: "${malformed}" has too few digits`));

    await numberField.fill(valid);
    await page.getByRole('button', { name: 'Write the message' }).click();
    await expect(message).toHaveValue(new RegExp(`contact\\.phones\\.0\\.number: ${valid}\\n`));
    const good = await dryRun(await message.inputValue(), 'composed-good.txt');
    expect(good.code, good.output).toBe(0);
    expect(good.output).toContain(`contact.phones.0.number: "${number}" → "${valid}"`);
    expect(good.output).toMatch(new RegExp(`^- +- number: '?${number}'?$`, 'm'));
    expect(good.output).toMatch(new RegExp(`^\\+ +- number: '?${valid}'?$`, 'm'));
    expect(good.output).toMatch(/^\+ +verifyBeforePublishing: true$/m);
  });

  test('errors are said in words, tied to their field, and nothing is composed', async ({ page }) => {
    await page.goto(routes.suggest('en', entry.id));
    await page.getByRole('button', { name: 'Write the message' }).click();
    await expect(page.getByText('Nothing has changed. Change a detail above, or write a note.')).toBeVisible();
    // Focus moves to the list of errors, so a screen reader reads it at once.
    await expect(page.locator(':focus')).toContainText('Nothing has changed.');
    await expect(page.getByRole('heading', { name: 'Your message' })).toBeHidden();

    const email = page.getByRole('textbox', { name: 'E-mail address' });
    await email.fill('not-an-address');
    await page.getByRole('button', { name: 'Write the message' }).click();
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription(/this is not a complete e-mail address/);
    await expect(
      page.getByRole('link', { name: /E-mail address: this is not a complete e-mail address/ }),
    ).toBeVisible();
  });

  test('the page is kept out of search engines and the search index', async ({ page }) => {
    await page.goto(routes.suggest('fr', entry.id));
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
    await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1, name: 'Proposer une modification' })).toBeVisible();
  });
});

test.describe('suggest a change, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the entry page offers an e-mail with the current details that apply-suggestion reads back', async ({
    page,
  }) => {
    await page.goto(routes.initiative('nl', entry.id));
    const href = (await page
      .getByRole('link', { name: 'of stuur een e-mail met de huidige gegevens' })
      .getAttribute('href'))!;
    const body = mailBody(href);
    expect(body).toContain(`id: ${entry.id}\n`);
    expect(body).toContain(`contact.phones.0.number: ${number}\n  was: ${number}\n`);

    // Sent as it is: nothing to change.
    const unchanged = await dryRun(body, 'nojs-unchanged.txt');
    expect(unchanged.code, unchanged.output).toBe(0);
    expect(unchanged.output).toMatch(/changes nothing/);

    // The writer edits the value after the colon, as the instruction says.
    const edited = (value: string) =>
      body.replace(`contact.phones.0.number: ${number}\n`, `contact.phones.0.number: ${value}\n`);
    const bad = await dryRun(edited(malformed), 'nojs-bad.txt');
    expect(bad.code).toBe(1);
    expect(bad.output).toMatch(new RegExp(`contact\\.phones\\.0\\.number: "${malformed}" has too few digits`));
    const good = await dryRun(edited(valid), 'nojs-good.txt');
    expect(good.code, good.output).toBe(0);
    expect(good.output).toContain(`contact.phones.0.number: "${number}" → "${valid}"`);
  });

  test('the suggest page shows the facts, says the form needs JavaScript, and offers the same e-mail', async ({
    page,
  }) => {
    await page.goto(routes.suggest('en', entry.id));
    await expect(page.getByRole('group', { name: /^Phone 1/ }).getByRole('textbox', { name: 'Number' })).toHaveValue(
      number,
    );
    await expect(page.getByText(/Without JavaScript this form cannot write the message/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Write the message' })).toBeHidden();
    const href = (await page
      .getByRole('link', { name: 'Open an e-mail with the current details' })
      .getAttribute('href'))!;
    expect(mailBody(href)).toContain(`contact.phones.0.number: ${number}\n`);
  });
});
