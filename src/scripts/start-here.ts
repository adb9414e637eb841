/**
 * Municipality page, in the browser: "open now" / "closed now, opens Monday 9:00" for lines with
 * structured hours (computed in the services' time zone, Europe/Brussels, which Amsterdam shares), and
 * the audience switch: `?for=professional` moves the professional section first and orders every list
 * by the professional rank the build wrote (data-pro-rank). No storage; the URL is the state.
 * Without JavaScript the hours stay as text and the switch works through #for-professionals (CSS).
 */
import {
  openState,
  shortTime,
  weekdayOrder,
  type Day,
  type OpenNowStringKey,
  type Period,
} from '../lib/directory/open-now.ts';
import { readStrings, textOf } from './strings.ts';

function nowInBrussels(): { day: Day; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Brussels',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date());
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = (part('weekday').slice(0, 2).toLowerCase() as Day) ?? 'mo';
  return { day: weekdayOrder.includes(day) ? day : 'mo', minutes: Number(part('hour')) * 60 + Number(part('minute')) };
}

function openNow(): void {
  const root = document.querySelector<HTMLElement>('[data-start-here]');
  if (!root) return;
  const text = textOf(readStrings<OpenNowStringKey>(root));
  const days = JSON.parse(root.dataset.days ?? '[]') as string[];
  const { day, minutes } = nowInBrussels();
  for (const slot of root.querySelectorAll<HTMLElement>('[data-open-now]')) {
    const state = openState(JSON.parse(slot.dataset.openNow ?? '[]') as Period[], day, minutes);
    slot.textContent = state.open
      ? text('startHere.openNow', { time: shortTime(state.closes) })
      : state.next
        ? text(state.next.today ? 'startHere.closedOpensToday' : 'startHere.closedOpens', {
            day: days[weekdayOrder.indexOf(state.next.day)] ?? '',
            time: shortTime(state.next.time),
          })
        : text('startHere.closed');
    slot.hidden = false;
  }
}

function audience(): void {
  const professional = new URLSearchParams(location.search).get('for') === 'professional';
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-audience-switch] a')) {
    if ((link.dataset.audience === 'professional') === professional) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
  if (!professional) return;
  // The map orders its panel by the same switch: a worker's link to the map keeps it.
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-map-link]')) {
    const url = new URL(link.href);
    url.searchParams.set('for', 'professional');
    link.href = url.pathname + url.search;
  }
  const help = document.querySelector('[data-place-help]');
  const pro = document.getElementById('for-professionals');
  if (help && pro) help.prepend(pro);
  for (const list of document.querySelectorAll<HTMLElement>('[data-ranked]')) {
    const items = [...list.children] as HTMLElement[];
    items.sort((a, b) => Number(a.dataset.proRank) - Number(b.dataset.proRank));
    list.append(...items);
  }
}

openNow();
audience();

export {};
