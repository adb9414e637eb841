/**
 * When the keyboard shortcut for the quick exit fires: three presses of Shift alone, one after the
 * other, within a short window, with the focus outside any field.
 *
 * Why so strict: on a Belgian (AZERTY) keyboard every digit is typed with Shift, and names start with
 * a capital, so a rule that counts any three Shift presses throws a parent off the site while they type
 * a postcode. Any other key between two Shift presses resets the count (Shift+Tab, Shift+4, a capital),
 * and nothing is counted while the focus is in an editable element.
 */
export const QUICK_EXIT_PRESSES = 3;
/** From the first to the last press. Short enough that ordinary use never gets there. */
export const QUICK_EXIT_WINDOW_MS = 1000;

export interface KeyPress {
  key: string;
  /** Milliseconds, from the event's timeStamp. */
  time: number;
  repeat: boolean;
  /** Another modifier held with the key (Ctrl, Alt, Meta): a shortcut of its own, never ours. */
  withOtherModifier: boolean;
  /** The focus is in a text field, a select or any editable element. */
  inEditable: boolean;
}

/** The times of the Shift presses counted so far; empty when nothing is counted. */
export type ShiftCount = readonly number[];

/** The next count after a key press, and whether the quick exit fires on it. */
export function countShiftPress(count: ShiftCount, press: KeyPress): { count: ShiftCount; fire: boolean } {
  if (press.key !== 'Shift' || press.withOtherModifier || press.inEditable) return { count: [], fire: false };
  // A held Shift auto-repeats: it is one press, and it neither counts again nor resets.
  if (press.repeat) return { count, fire: false };
  const recent = count.filter((time) => press.time - time < QUICK_EXIT_WINDOW_MS);
  const next = [...recent, press.time];
  if (next.length >= QUICK_EXIT_PRESSES) return { count: [], fire: true };
  return { count: next, fire: false };
}

/** Whether an element takes typed text (inputs that type, textareas, selects, contenteditable). */
export function isEditable(element: Element | null): boolean {
  if (!element) return false;
  const tag = element.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (element.getAttribute('type') ?? 'text').toLowerCase();
    return !['button', 'submit', 'reset', 'checkbox', 'radio', 'image', 'range', 'color', 'file'].includes(type);
  }
  return (element as HTMLElement).isContentEditable === true;
}
