/**
 * The colour of a municipality on the map and in the static overview picture: the count classes of the
 * legend (how many initiatives serve it), the marker and the borders. One palette for both pictures.
 */
/** Marker of a place where initiatives are based: colour and radius (pixels) by how many. */
export const MARKER_COLOUR = '#b35806';

export const markerRadius = (count: number) => Math.min(4 + count * 1.5, 10);

/** Municipality borders. */
export const BORDER_COLOUR = '#5b6670';

export interface CountClass {
  min: number;
  /** Inclusive; Infinity for the open top class. */
  max: number;
  colour: string;
}

/**
 * Six classes of ColorBrewer's YlGnBu, a sequential palette that stays readable for the common forms
 * of colour blindness and in greyscale print; 0 (no help) is the lightest.
 */
export const countClasses: readonly CountClass[] = [
  { min: 0, max: 0, colour: '#ffffcc' },
  { min: 1, max: 1, colour: '#c7e9b4' },
  { min: 2, max: 2, colour: '#7fcdbb' },
  { min: 3, max: 4, colour: '#41b6c4' },
  { min: 5, max: 9, colour: '#2c7fb8' },
  { min: 10, max: Infinity, colour: '#253494' },
];

export function classOf(count: number): CountClass {
  return countClasses.find((c) => count >= c.min && count <= c.max) ?? countClasses[0]!;
}

/** Legend text of a class: "0", "1", "3–4", "10+". */
export function classLabel(c: CountClass): string {
  if (c.max === Infinity) return `${c.min}+`;
  return c.min === c.max ? String(c.min) : `${c.min}–${c.max}`;
}
