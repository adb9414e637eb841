/**
 * The Leaflet map itself, without what is drawn on it: the help line, the canvas over Belgium and the
 * Netherlands with its limits, the optional tiles, the attribution and the zoom buttons. CoverageMap puts the
 * municipalities, markers and keyboard access inside (`children`). Few props on purpose: each one is bytes
 * in the map's chunk.
 */
import type { ReactNode } from 'react';
import type L from 'leaflet';
import { AttributionControl, MapContainer, TileLayer, ZoomControl } from 'react-leaflet';
import type { Strings } from './strings.ts';

interface Props {
  /** The help line's id is `${id}-help` (the map region's description). */
  id: string;
  /** Optional background tiles (MAP_TILE_URL at build); empty by default: no third party. */
  tileUrl?: string | undefined;
  tileAttribution?: string | undefined;
  strings: Strings;
  setMap: (map: L.Map | null) => void;
  children: ReactNode;
}

const START_BOUNDS: L.LatLngBoundsExpression = [
  [49.45, 2.5],
  [53.6, 7.3],
];

export default function MapFrame({ id, tileUrl, tileAttribution, strings: s, setMap, children }: Props) {
  return (
    <>
      <p id={`${id}-help`} className="meta">
        {s['map.help']}
      </p>
      <MapContainer
        bounds={START_BOUNDS}
        preferCanvas
        zoomControl={false}
        attributionControl={false}
        minZoom={6}
        maxZoom={13}
        maxBounds={[
          [48.5, 0.5],
          [54.5, 9.5],
        ]}
        className="coverage-map__leaflet"
        ref={setMap}
      >
        {tileUrl ? <TileLayer url={tileUrl} attribution={tileAttribution ?? ''} /> : null}
        <AttributionControl prefix='<a href="https://leafletjs.com" rel="noopener noreferrer">Leaflet</a>' />
        <ZoomControl zoomInTitle={s['map.zoomIn']} zoomOutTitle={s['map.zoomOut']} />
        {children}
      </MapContainer>
    </>
  );
}
