/**
 * npm run freshness [-- --at YYYY-MM-DD]: the start-here outcomes per country today and after 6, 12 and
 * 24 months if nothing is re-checked (or on one date with --at), then the entries whose lapse would cost
 * the most municipalities, with the day each lapses. The rule is evidence.ts's, run at later dates by
 * src/lib/directory/freshness.ts; this file only loads the data and prints.
 */
import { loadForecastData } from './forecast-data.ts';
import { forecast, isoDay, lapseCosts, parseDay, type ForecastRow } from '../src/lib/directory/freshness.ts';
import { addMonths } from '../src/lib/directory/evidence.ts';

const usage = 'usage: npm run freshness [-- --at YYYY-MM-DD]';
const args = process.argv.slice(2);
let at: Date | undefined;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--at') {
    const value = args[++i];
    const parsed =
      value === undefined ? { problem: '--at needs a date after it, e.g. --at 2027-12-06' } : parseDay(value);
    if ('problem' in parsed) {
      console.error(`${parsed.problem}\n${usage}`);
      process.exit(2);
    }
    at = parsed.date;
  } else {
    console.error(`unknown argument "${args[i]}"\n${usage}`);
    process.exit(2);
  }
}

const { entries, places } = loadForecastData();
const today = new Date(`${isoDay(new Date())}T00:00:00Z`);
const rows: ForecastRow[] = at ? forecast(entries, places, at, [0]) : forecast(entries, places, today);

console.log(
  at
    ? `Start here on ${isoDay(at)}, if nothing is re-checked before then`
    : `Start here from ${isoDay(today)}, if nothing is re-checked`,
);
console.log(
  '| date | country | family service with a call button | family service, no call button | general line (not specialised) | specialised line not confirmed | none |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) {
  const label = at
    ? isoDay(row.date)
    : row.months === 0
      ? `${isoDay(row.date)} (today)`
      : `${isoDay(row.date)} (+${row.months} months)`;
  for (const [country, c] of Object.entries(row.byCountry).sort())
    console.log(`| ${label} | ${country} | ${c.phone} | ${c['no-phone']} | ${c.general} | ${c.fallback} | ${c.none} |`);
}

const day = at ?? today;
const horizon = at ?? addMonths(today, 24);
const costly = lapseCosts(entries, places, day)
  .filter((c) => c.callButtons + c.confirmedLines + c.shownIn > 0)
  .slice(0, 10);
console.log(`\nEntries whose lapse costs the most municipalities (on ${isoDay(day)}):`);
if (costly.length === 0) console.log('none: no start here shows a confirmed line.');
for (const c of costly) {
  const when = [
    c.lapses.callButton && `call button until ${isoDay(new Date(c.lapses.callButton.getTime() - 86_400_000))}`,
    c.lapses.status && `current until ${isoDay(new Date(c.lapses.status.getTime() - 86_400_000))}`,
  ]
    .filter(Boolean)
    .join(', ');
  const soon = [c.lapses.callButton, c.lapses.status].some((d) => d !== undefined && d <= horizon)
    ? ' (lapses within the forecast)'
    : '';
  console.log(
    `- ${c.entry.data.id}: shown first in ${c.shownIn} municipalities (${c.withCall} with its call button); its lapse alone would cost ${c.callButtons} their call button and ${c.confirmedLines} their confirmed line; ${when || 'no dated evidence'}${soon}`,
  );
}
