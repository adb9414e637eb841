/** How a map URL maps to state: filters and the selected municipality in the query string, both ways. */
import { audienceFromParams, listParam, setAudienceParam, type Audience } from '../url-state.ts';
import { type MapLayer, mapLayers, type FacetOption, type MapData, type MapFilters } from './model.ts';

/**
 * The interactive map's state in the page URL, so a worker can share "the map of tertiary prevention,
 * local help only, with Vilvoorde selected": `?level=tertiary&local=1&m=23088`. Facet parameters are
 * the finder's (level, target, method; repeated or comma-separated); `local=1` hides country- and
 * community-wide services; `layer` is professional or unconfirmed (absent: help families can contact);
 * `m` is a municipality code; `for=professional` orders the panel for someone who works with families
 * (the municipality pages' and the finder's parameter). Unknown values are dropped; how a list and the
 * audience read is src/lib/url-state.ts's, shared with the finder.
 */
export const mapParamNames = ['level', 'target', 'method', 'local', 'layer', 'm', 'for'] as const;

export interface MapUrlState {
  filters: MapFilters;
  /** Index into MapData.municipalities, or null. */
  selected: number | null;
  /** Whose order the panel lists the help in. */
  audience: Audience;
}

export function mapStateFromParams(
  params: URLSearchParams,
  data: Pick<MapData, 'facets' | 'municipalities'>,
): MapUrlState {
  const known = (options: readonly FacetOption[], name: string) =>
    listParam(params, name, new Set(options.map((o) => o.key))).values;
  const code = params.get('m')?.trim();
  const selected = code ? data.municipalities.findIndex((m) => m.code === code) : -1;
  const layer = params.get('layer');
  return {
    filters: {
      layer: mapLayers.includes(layer as MapLayer) ? (layer as MapLayer) : 'family',
      localOnly: params.get('local') === '1',
      levels: known(data.facets.levels, 'level'),
      targets: known(data.facets.targets, 'target'),
      methods: known(data.facets.methods, 'method'),
    },
    selected: selected >= 0 ? selected : null,
    audience: audienceFromParams(params),
  };
}

/** The canonical query string of a map state (defaults left out): the inverse of mapStateFromParams. */
export function mapStateToParams(state: MapUrlState, data: Pick<MapData, 'municipalities'>): URLSearchParams {
  const params = new URLSearchParams();
  for (const value of state.filters.levels) params.append('level', value);
  for (const value of state.filters.targets) params.append('target', value);
  for (const value of state.filters.methods) params.append('method', value);
  if (state.filters.localOnly) params.set('local', '1');
  if (state.filters.layer !== 'family') params.set('layer', state.filters.layer);
  const m = state.selected !== null ? data.municipalities[state.selected] : undefined;
  if (m) params.set('m', m.code);
  setAudienceParam(params, state.audience);
  return params;
}
