/**
 * The interactive coverage map, loaded by CoverageMapIsland when the user asks for it (a separate
 * chunk: Leaflet needs window and is most of the bytes). Reads the prebuilt per-language map
 * data (/data/map/{lang}.json) and the merged TopoJSON (/data/map/geometry.json), both generated at
 * build from the same content as the pages. Municipalities are coloured by how many of the shown
 * initiatives serve them; a switch hides country- and community-wide services; facet toggles
 * recolour; a search field and the panel give keyboard and screen-reader access to the same facts,
 * the panel in the one ranking rule's order for the chosen reader (the audience switch).
 * Drawn with Leaflet's canvas renderer (one canvas, ~900 polygons, no per-polygon DOM or Tab stop).
 * No tile server unless an operator sets MAP_TILE_URL at build time.
 *
 * The parts: useMapData (the two files), useMapUrlState (the state in the URL), MapSearch, MapFilters,
 * AudienceSwitch, MapPanel, and on the map (MapFrame) MunicipalityLayer and MapKeyboard (src/components/map/).
 */
import 'leaflet/dist/leaflet.css';
import './CoverageMap.css';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type L from 'leaflet';
import { CircleMarker } from 'react-leaflet';
import type { Feature } from 'geojson';
import { basedCounts, entryMatches, matchesChoices, servedCounts } from '../lib/map/model.ts';
import { MARKER_COLOUR, markerRadius } from '../lib/map/colours.ts';
import { helpAt } from '../lib/map/help-groups.ts';
import CoverageMapLegend from './CoverageMapLegend.tsx';
import AudienceSwitch from './map/AudienceSwitch.tsx';
import MapFilters from './map/MapFilters.tsx';
import MapFrame from './map/MapFrame.tsx';
import MapKeyboard from './map/MapKeyboard.tsx';
import MapPanel from './map/MapPanel.tsx';
import MapSearch from './map/MapSearch.tsx';
import MunicipalityLayer from './map/MunicipalityLayer.tsx';
import { bindCountTooltip, fitTo, municipalityStyle } from './map/municipality-view.ts';
import { fill, legendKey, statusKey, type Strings } from './map/strings.ts';
import { useMapData } from './map/useMapData.ts';
import { useMapUrlState } from './map/useMapUrlState.ts';

/** What the map came to: usable ('map'), or not (data or geometry failed: the page keeps its static picture). */
export type MapOutcome = 'map' | 'no-map';

export interface CoverageMapProps {
  lang: string;
  locale: string;
  dataUrl: string;
  geometryUrl: string;
  /** Optional background tiles (MAP_TILE_URL at build); empty by default: no third party. */
  tileUrl?: string;
  tileAttribution?: string;
  strings: Strings;
  /** Called once, when the map is usable or has failed (until then it renders nothing; the island shows the picture). */
  onSettled?: (outcome: MapOutcome) => void;
}

export default function CoverageMap({
  lang,
  locale,
  dataUrl,
  geometryUrl,
  tileUrl,
  tileAttribution,
  strings: s,
  onSettled,
}: CoverageMapProps) {
  const uid = useId();
  const { data, dataFailed, topology, geometryFailed } = useMapData(dataUrl, geometryUrl);
  const { filters, setFilters, selected, setSelected, audience, setAudience, fromLink, hrefFor } = useMapUrlState(data);
  // The decoded polygons, for the keyboard's "municipality under the centre cross"; filled once MunicipalityLayer is done.
  const [shapes, setShapes] = useState<Feature[] | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [map, setMap] = useState<L.Map | null>(null);
  const layersByIndex = useRef(new Map<number, L.Path>());
  const panelHeading = useRef<HTMLHeadingElement>(null);
  const focusPanel = useRef(false);

  const indexByCode = useMemo(() => new Map((data?.municipalities ?? []).map((m, i) => [m.code, i])), [data]);
  const shown = useMemo(() => (data ? data.entries.filter((e) => entryMatches(e, filters)) : []), [data, filters]);
  const listed = useMemo(() => (data ? data.entries.filter((e) => matchesChoices(e, filters)) : []), [data, filters]);
  const counts = useMemo(() => servedCounts(shown, data?.municipalities.length ?? 0), [shown, data]);
  const servedTotal = useMemo(() => counts.filter((c) => c > 0).length, [counts]);
  const markers = useMemo(() => basedCounts(shown), [shown]);
  const help = useMemo(
    () => (data && selected !== null ? helpAt(data, listed, selected, audience) : []),
    [data, listed, selected, audience],
  );
  const countsRef = useRef(counts);
  countsRef.current = counts;

  const numberFormat = useMemo(() => new Intl.NumberFormat(locale), [locale]);
  const status = data
    ? fill(s, statusKey[filters.layer], {
        served: numberFormat.format(servedTotal),
        total: numberFormat.format(data.municipalities.length),
        initiatives: numberFormat.format(shown.length),
      })
    : '';

  const styleOf = useCallback(
    (f?: Feature) => {
      const index = f ? indexByCode.get(String(f.id)) : undefined;
      const count = index === undefined ? 0 : (counts[index] ?? 0);
      return municipalityStyle(count, index !== undefined && index === selected);
    },
    [counts, indexByCode, selected],
  );

  const zoomTo = useCallback(
    (index: number) => {
      const layer = layersByIndex.current.get(index);
      const m = data?.municipalities[index];
      if (map && !fitTo(map, layer) && m) map.setView([m.lat, m.lon], 10);
    },
    [data, map],
  );

  const select = useCallback(
    (index: number, how: 'pointer' | 'keyboard-map' | 'search') => {
      setSelected(index);
      if (how === 'search') {
        zoomTo(index);
        focusPanel.current = true;
      }
      layersByIndex.current.get(index)?.bringToFront();
      const m = data?.municipalities[index];
      if (how === 'keyboard-map' && data && m)
        setAnnouncement(
          fill(s, 'map.statusSelected', { name: m.name, count: helpAt(data, listed, index, audience).length }),
        );
    },
    [data, listed, audience, s, setSelected, zoomTo],
  );
  // Leaflet keeps the handlers it was given at creation: route them through a ref to the latest select.
  const selectRef = useRef(select);
  selectRef.current = select;
  const selectCode = useCallback(
    (code: string, how: 'keyboard-map' | 'search') => {
      const index = indexByCode.get(code);
      if (index !== undefined) selectRef.current(index, how);
    },
    [indexByCode],
  );

  // Zoom to the municipality a shared link selected, once the polygons are on the map.
  useEffect(() => {
    const index = fromLink.current;
    if (!map || !shapes || index === null) return;
    fromLink.current = null;
    const layer = layersByIndex.current.get(index);
    fitTo(map, layer);
    layer?.bringToFront();
  }, [map, shapes, fromLink]);

  useEffect(() => {
    if (focusPanel.current) {
      focusPanel.current = false;
      panelHeading.current?.focus();
    }
  }, [selected]);

  const onEachFeature = useCallback(
    (f: Feature, layer: L.Layer) => {
      const index = indexByCode.get(String(f.id));
      if (index === undefined) return;
      layersByIndex.current.set(index, layer as L.Path);
      const m = data?.municipalities[index];
      if (m) bindCountTooltip(layer, m.name, () => countsRef.current[index] ?? 0);
      layer.on('click', () => selectRef.current(index, 'pointer'));
    },
    [data, indexByCode],
  );

  // Settled: the data failed, or the data came with the geometry (or without it, which the map area says).
  const outcome: MapOutcome | null =
    dataFailed || (data && geometryFailed) ? 'no-map' : data && topology ? 'map' : null;
  const settled = useRef(false);
  useEffect(() => {
    if (outcome && !settled.current) {
      settled.current = true;
      onSettled?.(outcome);
    }
  }, [outcome, onSettled]);

  if (dataFailed)
    return (
      <p className="notice notice--warn" role="alert">
        {s['map.dataFailed']}
      </p>
    );
  if (!data || !outcome) return null;

  const m = selected !== null ? data.municipalities[selected] : undefined;

  return (
    <div className="coverage-map">
      {/* Two columns, each read top to bottom: who is looking and where, then what is shown. As five items of one
          grid, the keyboard went left to right across three columns and back (audience, search, kind of help, then
          down-left to "show", then right again to the filters). */}
      <div className="coverage-map__controls">
        <div className="coverage-map__group">
          <AudienceSwitch audience={audience} hrefFor={hrefFor} onChange={setAudience} strings={s} />
          <MapSearch
            id={`${uid}-search`}
            municipalities={data.municipalities}
            strings={s}
            onPick={(code) => selectCode(code, 'search')}
          />
        </div>
        <div className="coverage-map__group">
          <MapFilters id={uid} facets={data.facets} filters={filters} setFilters={setFilters} strings={s} />
        </div>
      </div>

      <p role="status" className="coverage-map__status">
        {status}
      </p>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>

      <div className="coverage-map__body">
        <div className="coverage-map__map">
          {geometryFailed ? (
            <p className="notice notice--warn" role="alert">
              {s['map.failed']}
            </p>
          ) : !topology ? null : (
            <MapFrame id={uid} tileUrl={tileUrl} tileAttribution={tileAttribution} strings={s} setMap={setMap}>
              <MapKeyboard
                label={s['map.region'] ?? ''}
                describedBy={`${uid}-help`}
                shapes={shapes}
                onSelect={(code) => selectCode(code, 'keyboard-map')}
              />
              <MunicipalityLayer
                key={lang}
                topology={topology}
                style={styleOf}
                onEachFeature={onEachFeature}
                onDecoded={setShapes}
              />
              {markers.map(([index, count]) => {
                const at = data.municipalities[index];
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
            </MapFrame>
          )}
        </div>

        <MapPanel
          id={`${uid}-panel`}
          municipality={m && selected !== null ? { m, index: selected } : undefined}
          help={help}
          audience={audience}
          numberFormat={numberFormat}
          headingRef={panelHeading}
          onClose={() => {
            focusPanel.current = true;
            setSelected(null);
          }}
          strings={s}
        />
      </div>

      {!geometryFailed && (
        <CoverageMapLegend
          title={s[legendKey[filters.layer]] ?? ''}
          markerLabel={s['figures.map.legendMarker'] ?? ''}
        />
      )}
    </div>
  );
}
