import { describe, expect, it } from 'vitest';
import {
  countShiftPress,
  QUICK_EXIT_WINDOW_MS,
  type KeyPress,
  type ShiftCount,
} from '../../src/lib/quick-exit-keys.ts';

const press = (key: string, time: number, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  time,
  repeat: false,
  withOtherModifier: false,
  inEditable: false,
  ...extra,
});

/** Feeds presses in order; returns the index of the press that fired, or -1. */
function firesAt(presses: KeyPress[]): number {
  let count: ShiftCount = [];
  for (const [i, p] of presses.entries()) {
    const step = countShiftPress(count, p);
    if (step.fire) return i;
    count = step.count;
  }
  return -1;
}

describe('quick exit shortcut', () => {
  it('fires on the third Shift alone within the window', () => {
    expect(firesAt([press('Shift', 0), press('Shift', 200), press('Shift', 400)])).toBe(2);
  });

  it('does not fire when the presses are spread over more than the window', () => {
    expect(firesAt([press('Shift', 0), press('Shift', 600), press('Shift', QUICK_EXIT_WINDOW_MS + 1)])).toBe(-1);
  });

  it('does not fire while typing the postcode 4000 on AZERTY (Shift for every digit)', () => {
    const typed = ['4', '0', '0', '0'].flatMap((digit, i) => [press('Shift', i * 120), press(digit, i * 120 + 30)]);
    expect(firesAt(typed)).toBe(-1);
  });

  it('does not fire on capitals in a name or on Shift+Tab', () => {
    const capitals = [...'CAPREV'].flatMap((letter, i) => [press('Shift', i * 90), press(letter, i * 90 + 20)]);
    expect(firesAt(capitals)).toBe(-1);
    const backTabs = [0, 1, 2].flatMap((i) => [press('Shift', i * 150), press('Tab', i * 150 + 40)]);
    expect(firesAt(backTabs)).toBe(-1);
  });

  it('never counts in an editable element, even three Shifts alone', () => {
    expect(firesAt([0, 100, 200].map((t) => press('Shift', t, { inEditable: true })))).toBe(-1);
  });

  it('a held Shift (auto-repeat) is one press, and Ctrl+Shift is not counted', () => {
    expect(
      firesAt([press('Shift', 0), press('Shift', 30, { repeat: true }), press('Shift', 60, { repeat: true })]),
    ).toBe(-1);
    expect(firesAt([0, 100, 200].map((t) => press('Shift', t, { withOtherModifier: true })))).toBe(-1);
  });

  it('another key between resets the count, and three fresh presses fire again', () => {
    expect(
      firesAt([
        press('Shift', 0),
        press('Shift', 100),
        press('a', 150),
        press('Shift', 200),
        press('Shift', 300),
        press('Shift', 400),
      ]),
    ).toBe(5);
  });
});
