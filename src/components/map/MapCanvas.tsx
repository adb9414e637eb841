/**
 * The Leaflet part of the coverage map: the canvas with its controls, the municipality polygons coloured
 * by how many of the shown initiatives serve each, and the markers of where services are based. Split from
 * CoverageMap.tsx, which owns the state (filters, selection) and passes it in; a click or the keyboard
 * selects through `selectRef`, the latest selection function.
 */
import { useCallback, useRef, type RefObject } from 'react';
import type L from 'leaflet';
import { AttributionControl, CircleMarker, MapContainer, TileLayer, ZoomControl } from 'react-leaflet';
import type { Feature } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { MapMunicipality } from '../../lib/map/model.ts';
import { BORDER_COLOUR, classOf, MARKER_COLOUR, markerRadius } from '../../lib/map/colours.ts';
import MapKeyboard from './MapKeyboard.tsx';
import MunicipalityLayer from './MunicipalityLayer.tsx';
import type { Strings } from './strings.ts';

/** How a municipality was selected: CoverageMap zooms and moves focus for a search only. */
export type SelectHow = 'pointer' | 'keyboard-map' | 'search';

interface Props {
  uid: string;
  lang: string;
  topology: Topology;
  tileUrl?: string | undefined;
  tileAttribution?: string | undefined;
  strings: Strings;
  municipalities: MapMunicipality[];
  indexByCode: Map<string, number>;
  /** Per municipality index, how many shown initiatives serve it. */
  counts: number[];
  /** [municipality index, how many are based there]. */
  markers: [number, number][];
  selected: number | null;
  shapes: Feature[] | null;
  onShapes: (shapes: Feature[]) => void;
  layersByIndex: RefObject<Map<number, L.Path>>;
  selectRef: RefObject<(index: number, how: SelectHow) => void>;
  onKeyboardSelect: (code: string) => void;
  setMap: (map: L.Map | null) => void;
}

const SELECTED_COLOUR = '#000000';
const START_BOUNDS: L.LatLngBoundsExpression = [
  [49.45, 2.5],
  [53.6, 7.3],
];

export default function MapCanvas({
  uid,
  lang,
  topology,
  tileUrl,
  tileAttribution,
  strings: s,
  municipalities,
  indexByCode,
  counts,
  markers,
  selected,
  shapes,
  onShapes,
  layersByIndex,
  selectRef,
  onKeyboardSelect,
  setMap,
}: Props) {
  const countsRef = useRef(counts);
  countsRef.current = counts;

  const styleOf = useCallback(
    (f?: Feature) => {
      const index = f ? indexByCode.get(String(f.id)) : undefined;
      const count = index === undefined ? 0 : (counts[index] ?? 0);
      const isSelected = index !== undefined && index === selected;
      return {
        fillColor: classOf(count).colour,
        fillOpacity: 1,
        color: isSelected ? SELECTED_COLOUR : BORDER_COLOUR,
        weight: isSelected ? 3 : 0.5,
      };
    },
    [counts, indexByCode, selected],
  );

  const onEachFeature = useCallback(
    (f: Feature, layer: L.Layer) => {
      const index = indexByCode.get(String(f.id));
      if (index === undefined) return;
      layersByIndex.current.set(index, layer as L.Path);
      const m = municipalities[index];
      // Leaflet writes string content as HTML: give it an element with text instead, so a name can never be markup.
      if (m)
        layer.bindTooltip(
          () =>
            Object.assign(document.createElement('span'), {
              textContent: `${m.name}: ${countsRef.current[index] ?? 0}`,
            }),
          { sticky: true, direction: 'top' },
        );
      layer.on('click', () => selectRef.current(index, 'pointer'));
    },
    [municipalities, indexByCode, layersByIndex, selectRef],
  );

  return (
    <>
      <p id={`${uid}-help`} className="meta">
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
        <MapKeyboard
          label={s['map.region'] ?? ''}
          describedBy={`${uid}-help`}
          shapes={shapes}
          onSelect={onKeyboardSelect}
        />
        <MunicipalityLayer
          key={lang}
          topology={topology}
          style={styleOf}
          onEachFeature={onEachFeature}
          onDecoded={onShapes}
        />
        {markers.map(([index, count]) => {
          const at = municipalities[index];
          if (!at) return null;
          return (
            <CircleMarker
              key={`${index}`}
              center={[at.lat, at.lon]}
              radius={markerRadius(count)}
              pathOptions={{ color: '#ffffff', weight: 1.5, fillColor: MARKER_COLOUR, fillOpacity: 1 }}
              eventHandlers={{ click: () => selectRef.current(index, 'pointer') }}
            />
          );
        })}
      </MapContainer>
    </>
  );
}
