/**
 * The interactive coverage map, loaded by CoverageMapIsland when the user asks for it (a separate
 * chunk: Leaflet needs window and is most of the bytes). Reads the prebuilt per-language map
 * data (/data/map/{lang}.json) and the merged TopoJSON (/data/map/geometry.json), both generated at
 * build from the same content as the pages. Municipalities are coloured by how many of the shown
 * initiatives serve them; a switch hides country- and community-wide services; facet toggles
 * recolour; a search field and the panel give keyboard and screen-reader access to the same facts.
 * Drawn with Leaflet's canvas renderer (one canvas, ~900 polygons, no per-polygon DOM or Tab stop).
 * No tile server unless an operator sets MAP_TILE_URL at build time.
 */
import 'leaflet/dist/leaflet.css';
import './CoverageMap.css';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import L from 'leaflet';
import { AttributionControl, CircleMarker, MapContainer, TileLayer, ZoomControl, useMap } from 'react-leaflet';
import { feature } from 'topojson-client';
import type { Feature } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { closestMunicipalities, findMunicipalities, matchedOtherName } from '../lib/municipality-search.ts';
import {
  basedCounts, BORDER_COLOUR, classOf, entryMatches, geometryContains, helpAt, mapLayers, mapStateFromParams, mapStateToParams, MARKER_COLOUR, markerRadius, noFilters, servedCounts,
  type FacetOption, type MapData, type MapEntry, type MapFilters, type MapLayer, type PolygonalGeometry,
} from '../lib/map-model.ts';
import CoverageMapLegend from './CoverageMapLegend.tsx';

type Strings = Record<string, string>;

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

const format = (template: string | undefined, values: Record<string, string | number>) =>
  (template ?? '').replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));

/** Municipalities decoded and added per slice of work; between slices the browser paints and answers input. */
const BATCH = 120;

interface MunicipalityLayerProps {
  topology: Topology;
  style: (f?: Feature) => L.PathOptions;
  onEachFeature: (f: Feature, layer: L.Layer) => void;
  onDecoded: (features: Feature[]) => void;
}

/**
 * The municipality polygons, decoded from TopoJSON and added to the canvas a batch at a time with a
 * yield in between: done in one go (react-leaflet's GeoJSON) it was one long task of several hundred
 * milliseconds, most of the map page's blocking time. Style changes restyle the same layers.
 */
function MunicipalityLayer({ topology, style, onEachFeature, onDecoded }: MunicipalityLayerProps) {
  const map = useMap();
  const group = useRef<L.GeoJSON | null>(null);
  const latest = useRef({ style, onEachFeature, onDecoded });
  latest.current = { style, onEachFeature, onDecoded };
  useEffect(() => {
    const layer = L.geoJSON(undefined, {
      style: (f) => latest.current.style(f),
      onEachFeature: (f, l) => latest.current.onEachFeature(f, l),
      attribution: 'Statbel, CBS (CC BY 4.0)',
    }).addTo(map);
    group.current = layer;
    const geometries = (topology.objects.municipalities as GeometryCollection).geometries;
    const features: Feature[] = [];
    let next = 0;
    let timer = 0;
    const batch = () => {
      const end = Math.min(next + BATCH, geometries.length);
      for (; next < end; next++) {
        const f = feature(topology, geometries[next]!) as Feature;
        features.push(f);
        layer.addData(f);
      }
      if (next < geometries.length) timer = window.setTimeout(batch, 0);
      else latest.current.onDecoded(features);
    };
    batch();
    return () => {
      window.clearTimeout(timer);
      layer.remove();
      group.current = null;
    };
  }, [map, topology]);
  useEffect(() => {
    group.current?.setStyle((f) => style(f));
  }, [style]);
  return null;
}
const SELECTED_COLOUR = '#000000';

/** Labels of the three layers (src/lib/map-model.ts mapLayers) and their legend titles. */
const layerLabel: Record<MapLayer, string> = { family: 'figures.map.layerFamily', professional: 'figures.map.layerProfessional', unconfirmed: 'figures.map.layerUnconfirmed' };
const legendKey: Record<MapLayer, string> = { family: 'figures.map.legendFamily', professional: 'figures.map.legendProfessional', unconfirmed: 'figures.map.legendUnconfirmed' };
const START_BOUNDS: L.LatLngBoundsExpression = [[49.45, 2.5], [53.6, 7.3]];

type FacetName = 'levels' | 'targets' | 'methods';

function FacetGroup({ legend, name, options, chosen, onToggle }: { legend: string; name: FacetName; options: FacetOption[]; chosen: readonly string[]; onToggle: (name: FacetName, key: string) => void }) {
  if (options.length === 0) return null;
  return (
    <fieldset className="coverage-map__facet">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.key}>
          <input type="checkbox" checked={chosen.includes(o.key)} onChange={() => onToggle(name, o.key)} /> {o.label}
        </label>
      ))}
    </fieldset>
  );
}

function EntryList({ title, entries, headingId }: { title: string; entries: MapEntry[]; headingId: string }) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{title} ({entries.length})</h3>
      <ul>
        {entries.map((e) => (
          <li key={e.id}>
            <a href={e.url}>{e.name}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

export default function CoverageMap({ lang, locale, dataUrl, geometryUrl, tileUrl, tileAttribution, strings: s, onSettled }: CoverageMapProps) {
  const uid = useId();
  const [data, setData] = useState<MapData | null>(null);
  const [dataFailed, setDataFailed] = useState(false);
  const [topology, setTopology] = useState<Topology | null>(null);
  // The decoded polygons, for the keyboard's "municipality under the centre cross"; filled once MunicipalityLayer is done.
  const [shapes, setShapes] = useState<Feature[] | null>(null);
  const [geometryFailed, setGeometryFailed] = useState(false);
  const [filters, setFilters] = useState<MapFilters>(noFilters);
  const [selected, setSelected] = useState<number | null>(null);
  const [query, setQuery] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [map, setMap] = useState<L.Map | null>(null);
  const layersByIndex = useRef(new Map<number, L.Path>());
  // The municipality from the URL, to zoom to once its polygon is on the map.
  const fitPending = useRef<number | null>(null);
  // The URL is written only after it has been read, so its state is never overwritten by the defaults.
  const urlRead = useRef(false);
  const panelHeading = useRef<HTMLHeadingElement>(null);
  const focusPanel = useRef(false);

  useEffect(() => {
    let cancelled = false;
    fetch(dataUrl)
      .then((r) => (r.ok ? (r.json() as Promise<MapData>) : Promise.reject(new Error(String(r.status)))))
      .then((d) => {
        if (cancelled) return;
        // A shared link (?level=…&local=1&m=…) sets the filters and the selected municipality.
        const fromUrl = mapStateFromParams(new URLSearchParams(window.location.search), d);
        setData(d);
        setFilters(fromUrl.filters);
        setSelected(fromUrl.selected);
        fitPending.current = fromUrl.selected;
        urlRead.current = true;
      })
      .catch(() => !cancelled && setDataFailed(true));
    fetch(geometryUrl)
      .then((r) => (r.ok ? (r.json() as Promise<Topology>) : Promise.reject(new Error(String(r.status)))))
      .then((topology) => {
        if (!cancelled) setTopology(topology);
      })
      .catch(() => !cancelled && setGeometryFailed(true));
    return () => {
      cancelled = true;
    };
  }, [dataUrl, geometryUrl]);

  const indexByCode = useMemo(() => new Map((data?.municipalities ?? []).map((m, i) => [m.code, i])), [data]);
  const shown = useMemo(() => (data ? data.entries.filter((e) => entryMatches(e, filters)) : []), [data, filters]);
  const counts = useMemo(() => servedCounts(shown, data?.municipalities.length ?? 0), [shown, data]);
  const servedTotal = useMemo(() => counts.filter((c) => c > 0).length, [counts]);
  const countsRef = useRef(counts);
  countsRef.current = counts;

  const numberFormat = useMemo(() => new Intl.NumberFormat(locale), [locale]);
  // One sentence per layer: (a) counts only current help families can contact; (b) and (c) say what they are not.
  const statusKey = { family: 'figures.map.statusFamily', professional: 'figures.map.statusProfessional', unconfirmed: 'figures.map.statusUnconfirmed' }[filters.layer];
  const status = data ? format(s[statusKey], { served: numberFormat.format(servedTotal), total: numberFormat.format(data.municipalities.length), initiatives: numberFormat.format(shown.length) }) : '';

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

  const select = useCallback(
    (index: number, how: 'pointer' | 'keyboard-map' | 'search') => {
      setSelected(index);
      const m = data?.municipalities[index];
      const layer = layersByIndex.current.get(index);
      if (how === 'search' && map) {
        if (layer && 'getBounds' in layer) map.fitBounds((layer as L.Polygon).getBounds(), { maxZoom: 11, padding: [20, 20] });
        else if (m) map.setView([m.lat, m.lon], 10);
      }
      layer?.bringToFront();
      if (how === 'search') focusPanel.current = true;
      if (how === 'keyboard-map' && m) {
        const here = data ? helpAt(shown, index) : undefined;
        const total = here ? new Set([...here.local, ...here.regional, ...here.wide]).size : 0;
        setAnnouncement(format(s['map.statusSelected'], { name: m.name, count: total }));
      }
    },
    [data, map, shown, s],
  );

  // Keep the URL in step with the filters and the selection (replaceState: no history entry per tick).
  useEffect(() => {
    if (!data || !urlRead.current) return;
    const query = mapStateToParams({ filters, selected }, data).toString();
    const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(window.history.state, '', url);
  }, [data, filters, selected]);

  // Zoom to the municipality a shared link selected, once the polygons are on the map.
  useEffect(() => {
    const index = fitPending.current;
    if (!map || !shapes || index === null) return;
    fitPending.current = null;
    const layer = layersByIndex.current.get(index);
    if (layer && 'getBounds' in layer) map.fitBounds((layer as L.Polygon).getBounds(), { maxZoom: 11, padding: [20, 20] });
    layer?.bringToFront();
  }, [map, shapes]);

  // Leaflet keeps the handlers it was given at creation: route them through a ref to the latest select.
  const selectRef = useRef(select);
  selectRef.current = select;

  useEffect(() => {
    if (focusPanel.current) {
      focusPanel.current = false;
      panelHeading.current?.focus();
    }
  }, [selected]);

  // Name the map container for assistive technology (a region, never role="application") and let
  // Enter select the municipality under the centre cross.
  useEffect(() => {
    if (!map) return;
    const container = map.getContainer();
    container.setAttribute('role', 'region');
    container.setAttribute('aria-label', s['map.region'] ?? '');
    container.setAttribute('aria-describedby', `${uid}-help`);
    const onKey = (event: KeyboardEvent) => {
      if (event.target !== container || (event.key !== 'Enter' && event.key !== ' ') || !shapes) return;
      event.preventDefault();
      const centre = map.getCenter();
      const hit = shapes.find((f) => geometryContains(f.geometry as PolygonalGeometry, centre.lng, centre.lat));
      const index = hit ? indexByCode.get(String(hit.id)) : undefined;
      if (index !== undefined) selectRef.current(index, 'keyboard-map');
    };
    container.addEventListener('keydown', onKey);
    return () => container.removeEventListener('keydown', onKey);
  }, [map, shapes, indexByCode, s, uid]);

  const onEachFeature = useCallback(
    (f: Feature, layer: L.Layer) => {
      const index = indexByCode.get(String(f.id));
      if (index === undefined) return;
      layersByIndex.current.set(index, layer as L.Path);
      const m = data?.municipalities[index];
      // Leaflet writes string content as HTML: give it an element with text instead, so a name can never be markup.
      if (m) layer.bindTooltip(() => Object.assign(document.createElement('span'), { textContent: `${m.name}: ${countsRef.current[index] ?? 0}` }), { sticky: true, direction: 'top' });
      layer.on('click', () => selectRef.current(index, 'pointer'));
    },
    [data, indexByCode],
  );

  const toggle = (name: FacetName, key: string) =>
    setFilters((f) => ({ ...f, [name]: f[name].includes(key) ? f[name].filter((k) => k !== key) : [...f[name], key] }));

  const results = useMemo(() => (data && query.trim() ? findMunicipalities(query, data.municipalities, 8) : []), [data, query]);
  // No name matches: the nearest names by edit distance, offered as "Did you mean …?" (the shared place matcher).
  const closest = useMemo(() => (data && results.length === 0 && query.trim().length >= 3 ? closestMunicipalities(query, data.municipalities, 3) : []), [data, results, query]);
  /** ", includes Borsbeek" when a result was found through one of its other names. */
  const otherNameNote = (m: MapData['municipalities'][number]) => {
    const via = matchedOtherName(m, query);
    return via ? `, ${format(s['map.searchIncludes'], { name: via })}` : '';
  };
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const first = results[0];
    if (results.length === 1 && first) select(indexByCode.get(first.code)!, 'search');
  };

  const markers = useMemo(() => basedCounts(shown), [shown]);

  // Settled: the data failed, or the data came with the geometry (or without it, which the map area says).
  const outcome: MapOutcome | null = dataFailed || (data && geometryFailed) ? 'no-map' : data && topology ? 'map' : null;
  const settled = useRef(false);
  useEffect(() => {
    if (outcome && !settled.current) {
      settled.current = true;
      onSettled?.(outcome);
    }
  }, [outcome, onSettled]);

  if (dataFailed) return <p className="notice notice--warn" role="alert">{s['map.dataFailed']}</p>;
  if (!data || !outcome) return null;

  const m = selected !== null ? data.municipalities[selected] : undefined;
  const help = selected !== null ? helpAt(shown, selected) : undefined;
  const helpCount = help ? new Set([...help.local, ...help.regional, ...help.wide]).size : 0;
  const filtersActive = filters.levels.length + filters.targets.length + filters.methods.length;

  return (
    <div className="coverage-map">
      <div className="coverage-map__controls">
        <form role="search" className="coverage-map__search" onSubmit={onSearch} aria-labelledby={`${uid}-search-label`}>
          <label id={`${uid}-search-label`} htmlFor={`${uid}-search`}>{s['map.searchLabel']}</label>
          <p className="meta" id={`${uid}-search-hint`}>{s['map.searchHint']}</p>
          <div className="coverage-map__search-row">
            <input
              id={`${uid}-search`}
              type="search"
              autoComplete="off"
              aria-describedby={`${uid}-search-hint`}
              value={query}
              onChange={(e) => {
                setQuery(e.target.value);
                setSubmitted(false);
              }}
            />
            <button type="submit" className="button">{s['map.searchButton']}</button>
          </div>
          <div role="status" className="coverage-map__results-status">
            {query.trim() && (results.length === 0 ? (submitted || query.trim().length > 2) && format(s['map.searchNone'], { query: query.trim() }) : format(s['map.searchResults'], { count: results.length }))}
          </div>
          {closest.length > 0 && (
            <ul className="coverage-map__results">
              {closest.map(({ m: r, name }) => (
                <li key={r.code}>
                  <button type="button" className="button button--secondary" onClick={() => select(indexByCode.get(r.code)!, 'search')}>
                    {format(s['places.didYouMean'] ?? '{name}', { name: name === r.name ? name : `${r.name} (${name})` })}{r.province ? ` (${r.province})` : ''}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {results.length > 0 && (
            <ul className="coverage-map__results">
              {results.map((r) => (
                <li key={r.code}>
                  <button type="button" className="button button--secondary" onClick={() => select(indexByCode.get(r.code)!, 'search')}>
                    {r.name}{r.province ? ` (${r.province})` : ''}{otherNameNote(r)}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </form>

        <fieldset className="coverage-map__show">
          <legend>{s['figures.map.layer']}</legend>
          {mapLayers.map((layer) => (
            <label key={layer}>
              <input type="radio" name={`${uid}-layer`} checked={filters.layer === layer} onChange={() => setFilters((f) => ({ ...f, layer }))} /> {s[layerLabel[layer]]}
            </label>
          ))}
        </fieldset>

        <fieldset className="coverage-map__show">
          <legend>{s['map.show']}</legend>
          <label>
            <input type="radio" name={`${uid}-show`} checked={!filters.localOnly} onChange={() => setFilters((f) => ({ ...f, localOnly: false }))} /> {s['map.showAll']}
          </label>
          <label>
            <input type="radio" name={`${uid}-show`} checked={filters.localOnly} onChange={() => setFilters((f) => ({ ...f, localOnly: true }))} /> {s['map.showLocal']}
          </label>
        </fieldset>

        <details className="coverage-map__filters">
          <summary>{s['map.filters']}{filtersActive > 0 ? ` (${filtersActive})` : ''}</summary>
          <FacetGroup legend={s['map.facetLevels'] ?? ''} name="levels" options={data.facets.levels} chosen={filters.levels} onToggle={toggle} />
          <FacetGroup legend={s['map.facetTargets'] ?? ''} name="targets" options={data.facets.targets} chosen={filters.targets} onToggle={toggle} />
          <FacetGroup legend={s['map.facetMethods'] ?? ''} name="methods" options={data.facets.methods} chosen={filters.methods} onToggle={toggle} />
          {filtersActive > 0 && (
            <button type="button" className="button button--secondary" onClick={() => setFilters((f) => ({ ...noFilters, layer: f.layer, localOnly: f.localOnly }))}>
              {s['map.clearFilters']}
            </button>
          )}
        </details>
      </div>

      <p role="status" className="coverage-map__status">{status}</p>
      <p className="visually-hidden" role="status">{announcement}</p>

      <div className="coverage-map__body">
        <div className="coverage-map__map">
          {geometryFailed ? (
            <p className="notice notice--warn" role="alert">{s['map.failed']}</p>
          ) : !topology ? null : (
            <>
              <p id={`${uid}-help`} className="meta">{s['map.help']}</p>
              <MapContainer
                bounds={START_BOUNDS}
                preferCanvas
                zoomControl={false}
                attributionControl={false}
                minZoom={6}
                maxZoom={13}
                maxBounds={[[48.5, 0.5], [54.5, 9.5]]}
                className="coverage-map__leaflet"
                ref={setMap}
              >
                {tileUrl ? <TileLayer url={tileUrl} attribution={tileAttribution ?? ''} /> : null}
                <AttributionControl prefix='<a href="https://leafletjs.com" rel="noopener noreferrer">Leaflet</a>' />
                <ZoomControl zoomInTitle={s['map.zoomIn']} zoomOutTitle={s['map.zoomOut']} />
                <MunicipalityLayer key={lang} topology={topology} style={styleOf} onEachFeature={onEachFeature} onDecoded={setShapes} />
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
              </MapContainer>
            </>
          )}
        </div>

        <aside className="coverage-map__panel" aria-labelledby={`${uid}-panel-title`}>
          {m && help ? (
            <>
              <h2 id={`${uid}-panel-title`} tabIndex={-1} ref={panelHeading}>{m.name}</h2>
              <p className="meta">{m.province ? `${m.province} · ` : ''}{format(s['map.panelPopulation'], { population: numberFormat.format(m.population) })}</p>
              <p>{helpCount > 0 ? format(s['map.panelCount'], { count: helpCount }) : s['map.panelNone']}</p>
              <EntryList title={s['map.panelLocal'] ?? ''} entries={help.local} headingId={`${uid}-local`} />
              <EntryList title={s['map.panelRegional'] ?? ''} entries={help.regional} headingId={`${uid}-regional`} />
              <EntryList title={s['map.panelWide'] ?? ''} entries={help.wide} headingId={`${uid}-wide`} />
              <EntryList title={s['map.panelBased'] ?? ''} entries={help.based} headingId={`${uid}-based`} />
              <p><a href={m.url}>{format(s['map.panelMunicipalityPage'], { name: m.name })}</a></p>
              <button type="button" className="button button--secondary" onClick={() => { focusPanel.current = true; setSelected(null); }}>{s['map.panelClose']}</button>
            </>
          ) : (
            <>
              <h2 id={`${uid}-panel-title`} tabIndex={-1} ref={panelHeading} className="visually-hidden">{s['map.searchLabel']}</h2>
              <p className="meta">{s['map.panelEmpty']}</p>
            </>
          )}
        </aside>
      </div>

      {!geometryFailed && <CoverageMapLegend title={s[legendKey[filters.layer]] ?? ''} markerLabel={s['figures.map.legendMarker'] ?? ''} />}
    </div>
  );
}
