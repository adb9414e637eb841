/**
 * node scripts/start-here-report.ts : for every municipality, what its "start here" offers a family
 * today (src/lib/directory/offered-first.ts): a current family service with a current phone, one without a
 * current phone, only a community or national line (not confirmed current), or nothing. Per country.
 */
import { buildDirectory, placeFor } from '../src/lib/directory/directory.ts';
import { loadMunicipalities, municipalitiesByCode } from '../src/loaders/geo.ts';
import { distanceKm } from '../src/lib/geo/nearest.ts';
import { placeHelp, startHereOutcome, type StartHereOutcome } from '../src/lib/directory/offered-first.ts';
import { validateDirectory } from '../src/loaders/entry-files.ts';

const municipalities = loadMunicipalities();
const { entries, problems } = validateDirectory(municipalities);
if (problems.length > 0) throw new Error('the content has problems: run npm run validate');
const directory = buildDirectory(entries.map((e) => e.data), municipalities);
const byCode = municipalitiesByCode();
const today = new Date();
const counts: Record<string, Record<StartHereOutcome, number>> = {};
for (const m of municipalities) {
  const help = placeHelp(directory.entries, placeFor(m.code, (c) => byCode.get(c)?.centroid, distanceKm), today);
  const row = (counts[m.country] ??= { phone: 0, 'no-phone': 0, fallback: 0, none: 0 });
  row[startHereOutcome(help, today)]++;
}
const total = (k: StartHereOutcome) => Object.values(counts).reduce((sum, row) => sum + row[k], 0);
console.log(`Start here, ${municipalities.length} municipalities, ${today.toISOString().slice(0, 10)}`);
console.log('| | current family service with a current phone | current family service, no current phone | community/national line only | none |');
console.log('| --- | --- | --- | --- | --- |');
for (const [country, row] of Object.entries(counts)) console.log(`| ${country} | ${row.phone} | ${row['no-phone']} | ${row.fallback} | ${row.none} |`);
console.log(`| all | ${total('phone')} | ${total('no-phone')} | ${total('fallback')} | ${total('none')} |`);
