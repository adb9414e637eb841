/**
 * node scripts/start-here-report.ts : for every municipality, what its "start here" offers a family
 * today (src/lib/directory/start-here.ts): a current specialised service with a current phone, one with
 * only another current contact, a current general line (not specialised in radicalisation), only a
 * specialised line whose status or contact is not confirmed, or nothing. Per country. Then the entries
 * counted as current and those with a call button, so a data pass can be measured before and after.
 */
import { buildDirectory, placeFor, primaryPhone } from '../src/lib/directory/directory.ts';
import { loadMunicipalities, municipalitiesByCode } from '../src/loaders/geo.ts';
import { distanceKm } from '../src/lib/geo/nearest.ts';
import { isConfirmedCurrent } from '../src/lib/directory/evidence.ts';
import {
  placeHelp,
  startHereOutcome,
  startHereOutcomes,
  type StartHereOutcome,
} from '../src/lib/directory/start-here.ts';
import { validateDirectory } from '../src/loaders/entry-files.ts';

const municipalities = loadMunicipalities();
const { entries, problems } = validateDirectory(municipalities);
if (problems.length > 0) throw new Error('the content has problems: run npm run validate');
const directory = buildDirectory(
  entries.map((e) => e.data),
  municipalities,
);
const byCode = municipalitiesByCode();
const today = new Date();
const zero = () => Object.fromEntries(startHereOutcomes.map((k) => [k, 0])) as Record<StartHereOutcome, number>;
const counts: Record<string, Record<StartHereOutcome, number>> = {};
for (const m of municipalities) {
  const help = placeHelp(
    directory.servedBy.get(m.code) ?? [],
    placeFor(m.code, (c) => byCode.get(c)?.centroid, distanceKm),
    today,
  );
  const row = (counts[m.country] ??= zero());
  row[startHereOutcome(help, today)]++;
}
const total = (k: StartHereOutcome) => Object.values(counts).reduce((sum, row) => sum + row[k], 0);
const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
console.log(`Start here, ${municipalities.length} municipalities, ${today.toISOString().slice(0, 10)}`);
console.log(
  line([
    '',
    'specialised service, current phone',
    'specialised service, other current contact',
    'general line (not specialised)',
    'specialised line, status or contact not confirmed',
    'none',
  ]),
);
console.log(line(['---', '---', '---', '---', '---', '---']));
for (const [country, row] of Object.entries(counts))
  console.log(line([country, ...startHereOutcomes.map((k) => row[k])]));
console.log(line(['all', ...startHereOutcomes.map(total)]));
console.log('');
console.log('| | entries | confirmed current | with a call button |');
console.log('| --- | --- | --- | --- |');
for (const country of Object.keys(counts)) {
  const own = directory.entries.filter((e) => e.data.country === country);
  console.log(
    line([
      country,
      own.length,
      own.filter((e) => isConfirmedCurrent(e.data, today)).length,
      own.filter((e) => primaryPhone(e.data, today)).length,
    ]),
  );
}
