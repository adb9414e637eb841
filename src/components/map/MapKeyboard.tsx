/**
 * Keyboard access to the map itself: names the map container for assistive technology (a region, never
 * role="application") and lets Enter or Space select the municipality under the centre cross.
 * The attributes are set on Leaflet's container because react-leaflet's MapContainer passes only id,
 * className and style to its element; the key goes through react-leaflet's map events.
 */
import { useEffect } from 'react';
import type { Feature } from 'geojson';
import { useMap, useMapEvents } from 'react-leaflet';
import { geometryContains, type PolygonalGeometry } from '../../lib/map/municipality-at-point.ts';

interface Props {
  label: string;
  describedBy: string;
  /** The decoded polygons (null until the layer is drawn). */
  shapes: Feature[] | null;
  onSelect: (code: string) => void;
}

export default function MapKeyboard({ label, describedBy, shapes, onSelect }: Props) {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute('role', 'region');
    container.setAttribute('aria-label', label);
    container.setAttribute('aria-describedby', describedBy);
  }, [map, label, describedBy]);
  useMapEvents({
    keydown: ({ originalEvent: event }) => {
      // Only on the map itself: Enter on a zoom button or a link inside it keeps its own meaning.
      if (event.target !== map.getContainer() || (event.key !== 'Enter' && event.key !== ' ') || !shapes) return;
      event.preventDefault();
      const centre = map.getCenter();
      const hit = shapes.find((f) => geometryContains(f.geometry as PolygonalGeometry, centre.lng, centre.lat));
      if (hit) onSelect(String(hit.id));
    },
  });
  return null;
}
