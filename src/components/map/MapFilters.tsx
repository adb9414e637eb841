/**
 * What the map draws and counts: the kind of help (layers (a), (b), (c)), all or only local and
 * regional services, and the finder's facets (OR within a facet, AND across facets).
 */
import {
  mapLayers,
  noFilters,
  type FacetOption,
  type MapData,
  type MapFilters as Filters,
  type MapLayer,
} from '../../lib/map/model.ts';
import type { Strings } from './strings.ts';

type FacetName = 'levels' | 'targets' | 'methods';

/** Labels of the four layers (src/lib/map/model.ts mapLayers). */
export const layerLabel: Record<MapLayer, string> = {
  family: 'figures.map.layerFamily',
  professional: 'figures.map.layerProfessional',
  unconfirmed: 'figures.map.layerUnconfirmed',
  general: 'figures.map.layerGeneral',
};

function FacetGroup({
  legend,
  name,
  options,
  chosen,
  onToggle,
}: {
  legend: string;
  name: FacetName;
  options: FacetOption[];
  chosen: readonly string[];
  onToggle: (name: FacetName, key: string) => void;
}) {
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

interface Props {
  id: string;
  facets: MapData['facets'];
  filters: Filters;
  setFilters: (update: (f: Filters) => Filters) => void;
  strings: Strings;
}

export default function MapFilters({ id, facets, filters, setFilters, strings: s }: Props) {
  const toggle = (name: FacetName, key: string) =>
    setFilters((f) => ({ ...f, [name]: f[name].includes(key) ? f[name].filter((k) => k !== key) : [...f[name], key] }));
  const active = filters.levels.length + filters.targets.length + filters.methods.length;
  return (
    <>
      <fieldset className="coverage-map__show">
        <legend>{s['figures.map.layer']}</legend>
        {mapLayers.map((layer) => (
          <label key={layer}>
            <input
              type="radio"
              name={`${id}-layer`}
              checked={filters.layer === layer}
              onChange={() => setFilters((f) => ({ ...f, layer }))}
            />{' '}
            {s[layerLabel[layer]]}
          </label>
        ))}
      </fieldset>

      <fieldset className="coverage-map__show">
        <legend>{s['map.show']}</legend>
        <label>
          <input
            type="radio"
            name={`${id}-show`}
            checked={!filters.localOnly}
            onChange={() => setFilters((f) => ({ ...f, localOnly: false }))}
          />{' '}
          {s['map.showAll']}
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-show`}
            checked={filters.localOnly}
            onChange={() => setFilters((f) => ({ ...f, localOnly: true }))}
          />{' '}
          {s['map.showLocal']}
        </label>
      </fieldset>

      <details className="coverage-map__filters">
        <summary>
          {s['map.filters']}
          {active > 0 ? ` (${active})` : ''}
        </summary>
        <FacetGroup
          legend={s['map.facetLevels'] ?? ''}
          name="levels"
          options={facets.levels}
          chosen={filters.levels}
          onToggle={toggle}
        />
        <FacetGroup
          legend={s['map.facetTargets'] ?? ''}
          name="targets"
          options={facets.targets}
          chosen={filters.targets}
          onToggle={toggle}
        />
        <FacetGroup
          legend={s['map.facetMethods'] ?? ''}
          name="methods"
          options={facets.methods}
          chosen={filters.methods}
          onToggle={toggle}
        />
        {active > 0 && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setFilters((f) => ({ ...noFilters, layer: f.layer, localOnly: f.localOnly }))}
          >
            {s['map.clearFilters']}
          </button>
        )}
      </details>
    </>
  );
}
