/**
 * Quick exit: blank the page at once, then replace this history entry with a neutral site so Back
 * does not return here. Triggered by the visible control or by pressing Shift alone three times
 * (the rule, and why it is strict, is in `lib/quick-exit-keys.ts`). Without JavaScript the control is
 * still a plain link to the same site.
 */
import { countShiftPress, isEditable, type ShiftCount } from '../lib/quick-exit-keys.ts';

function exitNow(target: string): void {
  document.documentElement.style.visibility = 'hidden';
  document.title = '';
  document.body.replaceChildren();
  window.location.replace(target);
}

function init(): void {
  const control = document.querySelector<HTMLAnchorElement>('a[data-quick-exit]');
  if (!control) return;
  const target = control.href;
  control.addEventListener('click', (event) => {
    event.preventDefault();
    exitNow(target);
  });
  let count: ShiftCount = [];
  document.addEventListener(
    'keydown',
    (event) => {
      const step = countShiftPress(count, {
        key: event.key,
        time: event.timeStamp,
        repeat: event.repeat,
        withOtherModifier: event.ctrlKey || event.altKey || event.metaKey,
        inEditable: isEditable(document.activeElement),
      });
      count = step.count;
      if (step.fire) exitNow(target);
    },
    { capture: true },
  );
}

init();

// A module, not a global script: each page script keeps its names to itself.
export {};
