/**
 * How one municipality looks and is handled on the Leaflet map: its fill and outline, its tooltip, zooming
 * to it. Plain functions for CoverageMap: a module function costs the map's chunk only its calls.
 */
import type L from 'leaflet';
import { BORDER_COLOUR, classOf } from '../../lib/map/colours.ts';

const SELECTED_COLOUR = '#000000';

/** Filled by how many of the shown initiatives serve it; the selected one outlined, thick and black. */
export const municipalityStyle = (count: number, isSelected: boolean): L.PathOptions => ({
  fillColor: classOf(count).colour,
  fillOpacity: 1,
  color: isSelected ? SELECTED_COLOUR : BORDER_COLOUR,
  weight: isSelected ? 3 : 0.5,
});

/** Zooms to a municipality's polygon; false (and nothing done) when it has none on the map yet. */
export function fitTo(map: L.Map, layer: L.Path | undefined): boolean {
  if (!layer || !('getBounds' in layer)) return false;
  map.fitBounds((layer as L.Polygon).getBounds(), { maxZoom: 11, padding: [20, 20] });
  return true;
}

/** "Name: count" on hover; the count is read when shown, as it changes with the filters. */
export function bindCountTooltip(layer: L.Layer, name: string, count: () => number): void {
  // Leaflet writes string content as HTML: give it an element with text instead, so a name can never be markup.
  layer.bindTooltip(() => Object.assign(document.createElement('span'), { textContent: `${name}: ${count()}` }), {
    sticky: true,
    direction: 'top',
  });
}
