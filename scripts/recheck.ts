/**
 * npm run recheck [-- --at YYYY-MM-DD]: the re-check queue. Lists every entry that is due (lapsed, lapsing
 * within 90 days, or status unknown), most costly lapse first, with the municipalities on each line, and
 * writes for each a ready e-mail in the service's working language into reports/recheck/: one .eml per
 * entry (RFC 5322, UTF-8, opens as a draft) and index.md with a mailto: link for each. Nothing is sent.
 * Only a functional address is written to; an entry without one says how else to check it.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadForecastData } from './forecast-data.ts';
import { isoDay, lapseCosts, parseDay } from '../src/lib/directory/freshness.ts';
import {
  describeReason,
  dueEntries,
  letterLanguage,
  recipientOf,
  type DueEntry,
} from '../src/lib/directory/recheck.ts';
import { areaText, recheckLetter, type LetterFacts } from '../src/lib/directory/recheck-letter.ts';
import { asEml, asMailto } from '../src/lib/directory/recheck-mail.ts';
import { organizationInWords } from '../src/lib/directory/organization.ts';
import { municipalityName } from '../src/lib/geo/municipality-name.ts';
import { shownName } from '../src/lib/directory/initiative-name.ts';
import { phoneForms } from '../src/lib/directory/phone.ts';
import { textIn } from '../src/lib/directory/evidence.ts';
import { routes } from '../src/lib/routes.ts';
import { municipalitiesByCode } from '../src/loaders/geo.ts';
import { latestLinkReport } from '../src/loaders/link-reports.ts';
import { linksToRecheck } from '../src/lib/links/link-report.ts';
import { siteConfig } from '../src/site.config.ts';
import { languages } from '../src/schemas/languages.ts';
import { contactAudiences, yesNoUnknown } from '../src/schemas/vocabularies/access-and-contact.ts';
import { coverageScopes } from '../src/schemas/vocabularies/place-and-kind.ts';
import { labelOf } from '../src/schemas/vocabularies/labels.ts';
import { statuses } from '../src/schemas/vocabularies/evidence-and-verification.ts';
import { type UiLanguage } from '../src/schemas/languages.ts';

// src/i18n/translate.ts loads the strings through Vite (import.meta.glob), which plain Node has not: the
// entry page's own sentence ("Checked against public sources on …") is read from its JSON file instead.
const entryStrings = (lang: UiLanguage) =>
  JSON.parse(readFileSync(`src/i18n/${lang}/entry.json`, 'utf8')) as Record<string, string>;
const dateIn = (date: Date, lang: UiLanguage) => {
  const text = new Intl.DateTimeFormat(languages[lang].letterLocale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
  // French writes the first of the month as an ordinal, as the site does.
  return lang === 'fr' && date.getUTCDate() === 1 ? text.replace(/^1(?=\s)/, '1er') : text;
};

const usage = 'usage: npm run recheck [-- --at YYYY-MM-DD] [--out folder]';
const args = process.argv.slice(2);
let at: Date | undefined;
let out = join('reports', 'recheck');
for (let i = 0; i < args.length; i++) {
  const flag = args[i];
  const value = args[i + 1];
  if (flag === '--at' || flag === '--out') {
    if (value === undefined || value.startsWith('--')) fail(`${flag} needs a value after it`);
    i++;
    if (flag === '--out') out = value!;
    else {
      const parsed = parseDay(value!);
      if ('problem' in parsed) fail(parsed.problem);
      else at = parsed.date;
    }
  } else fail(`unknown argument "${flag}"`);
}

function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

const today = at ?? new Date(`${isoDay(new Date())}T00:00:00Z`);
const { entries, places } = loadForecastData();
// The newest link check (npm run check-links) adds the entries with a dead address or a move to another domain.
const linkReport = latestLinkReport();
const linkProblems = new Map(
  (linkReport ? linksToRecheck(linkReport) : []).map((item) => [item.id, item.summary] as const),
);
const due = dueEntries(lapseCosts(entries, places, today), today, linkProblems);
const byCode = municipalitiesByCode();

/** What the atlas shows about the entry, in the letter's language. */
function factsOf(item: DueEntry, lang: UiLanguage): LetterFacts {
  const { entry } = item.cost;
  const p = entry.data;
  const who = p.access.whoMayContact.map((w) => labelOf(contactAudiences, w, lang).toLowerCase());
  const names =
    entry.served.length <= 5
      ? entry.served.flatMap((code) => {
          const m = byCode.get(code);
          return m ? [municipalityName(m, lang)] : [];
        })
      : [];
  return {
    name: shownName(p, lang),
    organization: organizationInWords(p.organization, lang, labelOf(yesNoUnknown, 'unknown', lang)),
    status: labelOf(statuses, p.status.value, lang),
    phones: p.contact.phones.map((phone) => ({
      number: phoneForms(phone.number, p.country).national,
      hours: phone.hours ? textIn(phone.hours, lang) : undefined,
    })),
    email: p.contact.email?.address,
    website: p.contact.website?.url,
    whoMayContact: who.length > 0 ? who.join(', ') : labelOf(yesNoUnknown, 'unknown', lang).toLowerCase(),
    area: areaText(labelOf(coverageScopes, p.coverage.scope, lang), names, entry.served.length, lang),
    verified: (entryStrings(lang)[`entry.verified.${p.verified.method}`] ?? '').replace(
      '{date}',
      dateIn(p.verified.date, lang),
    ),
    pageUrl: new URL(routes.initiative(lang, p.id), siteConfig.siteUrl).href,
  };
}

mkdirSync(out, { recursive: true });
// A fresh queue each run: yesterday's drafts for entries confirmed since would mislead.
for (const name of readdirSync(out)) if (name.endsWith('.eml') || name === 'index.md') rmSync(join(out, name));

const index = [
  `# Re-check queue, ${isoDay(today)}`,
  '',
  `${due.length} entries are due: status unknown, lapsed, lapsing within 90 days, or a dead or moved address in the newest link check. Most costly lapse first.`,
  "Open a .eml file (it opens as a draft) or click its mailto: link, read it, then send it from the keepers' mailbox.",
  'Record each answer with `npm run confirm` (see MAINTAINING.md).',
  '',
];
console.log(`Re-check queue on ${isoDay(today)}: ${due.length} entries due`);
console.log(
  linkReport
    ? `Link check of ${linkReport.date} read: ${linkProblems.size} entries with a dead or moved address.`
    : 'No link check in reports/ yet (npm run check-links): dead links are not in this queue.',
);
console.log(
  '| # | entry | why | municipalities: lose call button / lose confirmed line / shown first / win back a call button / win back a confirmed line, if confirmed | ask |',
);
console.log('| --- | --- | --- | --- | --- |');
let written = 0;
due.forEach((item, n) => {
  const { entry, callButtons, confirmedLines, shownIn, regainCalls } = item.cost;
  const p = entry.data;
  const why = item.reasons.map((r) => describeReason(r, today)).join('; ');
  const recipient = recipientOf(p);
  const counts = `${callButtons} / ${confirmedLines} / ${shownIn} / ${regainCalls} / ${item.cost.regainLines}`;
  index.push(
    `## ${n + 1}. ${p.id}`,
    '',
    `- Why: ${why}`,
    `- Municipalities: ${callButtons} would lose their call button, ${confirmedLines} their confirmed line; shown first in ${shownIn}; ${regainCalls} would win back a call button if the service confirmed it`,
  );
  if ('address' in recipient) {
    const lang = letterLanguage(p);
    const letter = recheckLetter(
      factsOf(item, lang),
      {
        status: item.reasons.some((r) => r.kind !== 'call-button'),
        phone: item.reasons.some((r) => r.kind === 'call-button'),
      },
      lang,
      siteConfig.correctionsEmail,
    );
    const file = `${String(n + 1).padStart(3, '0')}-${p.id}.eml`;
    writeFileSync(join(out, file), asEml(letter, recipient.address, siteConfig.correctionsEmail, today, p.id));
    written++;
    index.push(
      `- Ask: ${recipient.address} (in ${lang}): [${file}](${file}) · [open in your mail program](${asMailto(letter, recipient.address)})`,
      '',
    );
    console.log(`| ${n + 1} | ${p.id} | ${why} | ${counts} | ${recipient.address} (${lang}) |`);
  } else {
    index.push(`- No e-mail written: ${recipient.refused}.`, `- Check instead: ${recipient.instead}.`, '');
    console.log(
      `| ${n + 1} | ${p.id} | ${why} | ${counts} | no e-mail: ${recipient.refused}; check instead: ${recipient.instead} |`,
    );
  }
});
writeFileSync(join(out, 'index.md'), `${index.join('\n')}\n`);
console.log(`\n${written} e-mail(s) and index.md written to ${out}/ (nothing was sent).`);
if (siteConfig.placeholders.correctionsEmail)
  console.log(
    `CORRECTIONS_EMAIL is not set: the letters say they come from ${siteConfig.correctionsEmail}; set it before you send them.`,
  );
