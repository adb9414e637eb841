/** The island's UI strings (src/lib/map/page-content.ts mapIslandStrings), the one way they are filled in, and which key each layer uses. */
import { format, type FormatValues } from '../../lib/format.ts';
import type { MapLayer } from '../../lib/map/model.ts';

export type Strings = Record<string, string>;

export const fill = (s: Strings, key: string, values?: FormatValues) => format(s[key] ?? '', values);

/** The legend's title per layer. */
export const legendKey: Record<MapLayer, string> = {
  family: 'figures.map.legendFamily',
  professional: 'figures.map.legendProfessional',
  unconfirmed: 'figures.map.legendUnconfirmed',
  general: 'figures.map.legendGeneral',
};
// One sentence per layer: (a) counts only current help families can contact; (b), (c) and (d) say what they are not.
export const statusKey: Record<MapLayer, string> = {
  family: 'figures.map.statusFamily',
  professional: 'figures.map.statusProfessional',
  unconfirmed: 'figures.map.statusUnconfirmed',
  general: 'figures.map.statusGeneral',
};
