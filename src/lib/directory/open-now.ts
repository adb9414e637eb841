/**
 * "Open now" from a phone line's structured hours (src/schemas/initiative.ts openingHours). Pure and dependency-free:
 * the build renders the hours as text with it, and the municipality page's tiny script
 * (src/scripts/start-here.ts) asks it, in the browser, whether a line is open at this moment.
 * Public holidays are not in the data, so the page always says the hours may differ on holidays.
 */
import type { UiKey } from '../../i18n/translate.ts';

export const weekdayOrder = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;

/** The UI strings "open now" is said with in the browser (StartHere.astro gives them to src/scripts/start-here.ts). */
export const openNowStringKeys = [
  'startHere.openNow',
  'startHere.closedOpens',
  'startHere.closedOpensToday',
  'startHere.closed',
] as const satisfies readonly UiKey[];
export type OpenNowStringKey = (typeof openNowStringKeys)[number];
export type Day = (typeof weekdayOrder)[number];

export interface Period {
  days: readonly Day[];
  opens: string;
  closes: string;
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

export type OpenState =
  { open: true; closes: string } | { open: false; next?: { day: Day; time: string; today: boolean } };

/** Whether the line is open on `day` at `minutes` past midnight (local time of the service), and when it next opens. */
export function openState(periods: readonly Period[], day: Day, minutes: number): OpenState {
  const start = weekdayOrder.indexOf(day);
  const current = periods.find(
    (p) => p.days.includes(day) && minutesOf(p.opens) <= minutes && minutes < minutesOf(p.closes),
  );
  if (current) return { open: true, closes: current.closes };
  for (let offset = 0; offset < 8; offset++) {
    const d = weekdayOrder[(start + offset) % 7]!;
    const later = periods
      .filter((p) => p.days.includes(d) && (offset > 0 || minutesOf(p.opens) > minutes))
      .sort((a, b) => minutesOf(a.opens) - minutesOf(b.opens))[0];
    if (later) return { open: false, next: { day: d, time: later.opens, today: offset === 0 } };
  }
  return { open: false };
}

/** "9:00" rather than "09:00", as people write it. */
export const shortTime = (time: string) => time.replace(/^0(\d)/, '$1');

/**
 * The hours as text, one part per distinct time span, days in week order, three or more days in a row as a
 * range: "Monday, Tuesday, Thursday and Friday 9:00–13:00; Wednesday 13:00–17:00", "Monday–Friday 8:00–17:00".
 */
/** Days (in week order) split into runs of consecutive days: [mo, tu, we], [fr]. */
function dayRuns(days: readonly Day[]): Day[][] {
  const runs: Day[][] = [];
  for (const day of days) {
    const last = runs.at(-1);
    if (last && weekdayOrder.indexOf(day) === weekdayOrder.indexOf(last.at(-1)!) + 1) last.push(day);
    else runs.push([day]);
  }
  return runs;
}

export function hoursAsText(
  periods: readonly Period[],
  dayName: (day: Day) => string,
  listFormat: (items: string[]) => string,
): string {
  const spans = new Map<string, Set<Day>>();
  for (const p of periods) {
    const key = `${shortTime(p.opens)}–${shortTime(p.closes)}`;
    const days = spans.get(key) ?? new Set<Day>();
    for (const d of p.days) days.add(d);
    spans.set(key, days);
  }
  const first = (days: Set<Day>) => Math.min(...[...days].map((d) => weekdayOrder.indexOf(d)));
  return [...spans]
    .sort((a, b) => first(a[1]) - first(b[1]))
    .map(
      ([span, days]) =>
        `${listFormat(dayRuns(weekdayOrder.filter((d) => days.has(d))).flatMap((run) => (run.length >= 3 ? [`${dayName(run[0]!)}–${dayName(run.at(-1)!)}`] : run.map(dayName))))} ${span}`,
    )
    .join('; ');
}
