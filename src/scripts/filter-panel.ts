/**
 * The server-rendered facet panel (src/components/FilterPanel.astro) as the browser scripts see it:
 * its checkboxes, the values it knows per facet (for validating a URL), their labels in the page
 * language, and the state the ticked boxes describe. Shared by the index's finder and the
 * municipality pages' local filter, so both read and write the panel the same way.
 */
import type { FilterKey, FinderState, KnownValues } from '../lib/finder/finder-state.ts';
import { plural } from '../lib/format.ts';

export interface Panel {
  /** Facet checkboxes (name = facet key, value = vocabulary key). */
  facetBoxes: HTMLInputElement[];
  /** The "show ended initiatives" toggle, when the panel has one. */
  endedBox: HTMLInputElement | undefined;
  known: KnownValues;
  /** `facet:value` -> label in the page language. */
  labels: Map<string, string>;
  /** The facet choices the boxes show, on top of `base` (query, sort, place). */
  read: (base: FinderState) => FinderState;
  /** Tick the boxes of a state. */
  write: (state: FinderState) => void;
  /** Put a count beside each box. */
  setCounts: (countOf: (key: FilterKey, value: string) => number, format: Intl.NumberFormat) => void;
}

export function readPanel(panel: HTMLElement): Panel {
  const boxes = [...panel.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const endedBox = boxes.find((b) => b.name === 'ended');
  const facetBoxes = boxes.filter((b) => b !== endedBox);
  const known: Partial<Record<FilterKey, Set<string>>> = {};
  const labels = new Map<string, string>();
  for (const box of facetBoxes) {
    const key = box.name as FilterKey;
    (known[key] ??= new Set<string>()).add(box.value);
    labels.set(`${key}:${box.value}`, box.dataset.label ?? box.value);
  }
  return {
    facetBoxes,
    endedBox,
    known,
    labels,
    read: (base) => {
      const state: FinderState = { ...base, filters: {}, ended: endedBox?.checked ?? false };
      for (const box of facetBoxes) if (box.checked) (state.filters[box.name as FilterKey] ??= []).push(box.value);
      return state;
    },
    write: (state) => {
      for (const box of facetBoxes) box.checked = state.filters[box.name as FilterKey]?.includes(box.value) ?? false;
      if (endedBox) endedBox.checked = state.ended;
      // The closed panel's summary says what is chosen: "Filters (2 active) – Tertiary prevention, Mothers".
      const summary = panel.querySelector<HTMLElement>('[data-filter-active]');
      const chosen = facetBoxes.filter((b) => b.checked).map((b) => b.dataset.label ?? b.value);
      if (summary) {
        const { one = '', other = '', locale = 'en' } = summary.dataset;
        summary.textContent =
          chosen.length > 0 ? `${plural({ one, other }, chosen.length, locale)} – ${chosen.join(', ')}` : '';
      }
    },
    setCounts: (countOf, format) => {
      for (const box of facetBoxes) {
        box.closest('label')!.querySelector('[data-count]')!.textContent = format.format(
          countOf(box.name as FilterKey, box.value),
        );
      }
    },
  };
}
