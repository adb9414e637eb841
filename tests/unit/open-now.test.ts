import { describe, expect, test } from 'vitest';
import { hoursAsText, openState, type Period } from '../../src/lib/directory/open-now.ts';

// CAPREV's hours as the French Community's current page prints them (issue 14).
const caprev: Period[] = [
  { days: ['mo', 'tu', 'th', 'fr'], opens: '09:00', closes: '13:00' },
  { days: ['we'], opens: '13:00', closes: '17:00' },
];
const at = (h: number, m = 0) => h * 60 + m;

describe('open now', () => {
  test('open inside a period, with its closing time', () => {
    expect(openState(caprev, 'mo', at(9))).toEqual({ open: true, closes: '13:00' });
    expect(openState(caprev, 'we', at(16, 59))).toEqual({ open: true, closes: '17:00' });
  });

  test('closed at the closing minute itself; next opening the same day or a later day', () => {
    expect(openState(caprev, 'mo', at(13))).toEqual({ open: false, next: { day: 'tu', time: '09:00', today: false } });
    expect(openState(caprev, 'tu', at(13, 30))).toEqual({
      open: false,
      next: { day: 'we', time: '13:00', today: false },
    });
    expect(openState(caprev, 'we', at(8))).toEqual({ open: false, next: { day: 'we', time: '13:00', today: true } });
  });

  test('across the weekend: Friday afternoon and Sunday open on Monday', () => {
    expect(openState(caprev, 'fr', at(15))).toEqual({ open: false, next: { day: 'mo', time: '09:00', today: false } });
    expect(openState(caprev, 'su', at(10))).toEqual({ open: false, next: { day: 'mo', time: '09:00', today: false } });
  });

  test('a line open around the clock; no hours at all is closed with no next opening', () => {
    const allWeek: Period[] = [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '00:00', closes: '24:00' }];
    expect(openState(allWeek, 'su', at(23, 59))).toEqual({ open: true, closes: '24:00' });
    expect(openState([], 'mo', at(10))).toEqual({ open: false });
  });

  test('public holidays are not in the data: a holiday Monday reads as a normal Monday (the page says hours may differ)', () => {
    // Honest by design: the computation does not pretend to know holidays; the UI string says so.
    expect(openState(caprev, 'mo', at(10)).open).toBe(true);
  });

  test('hours as text: one part per time span, days in week order, in the reader’s words', () => {
    const days = {
      mo: 'Monday',
      tu: 'Tuesday',
      we: 'Wednesday',
      th: 'Thursday',
      fr: 'Friday',
      sa: 'Saturday',
      su: 'Sunday',
    } as const;
    const list = new Intl.ListFormat('en', { type: 'conjunction' });
    expect(
      hoursAsText(
        caprev,
        (d) => days[d],
        (items) => list.format(items),
      ),
    ).toBe('Monday, Tuesday, Thursday, and Friday 9:00–13:00; Wednesday 13:00–17:00');
    // Three or more days in a row read as a range.
    const weekdays: Period[] = [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:00', closes: '17:00' }];
    expect(
      hoursAsText(
        weekdays,
        (d) => days[d],
        (items) => list.format(items),
      ),
    ).toBe('Monday–Friday 8:00–17:00');
    const split: Period[] = [{ days: ['mo', 'tu', 'we', 'fr', 'sa'], opens: '09:00', closes: '12:00' }];
    expect(
      hoursAsText(
        split,
        (d) => days[d],
        (items) => list.format(items),
      ),
    ).toBe('Monday–Wednesday, Friday, and Saturday 9:00–12:00');
  });
});
