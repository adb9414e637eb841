/**
 * The panel of the selected municipality: every service that serves it and passes the chosen filters,
 * whatever its kind (each marked (a), (b) or (c); the layer only colours the map), in the order of the
 * one ranking rule for the chosen reader (src/lib/map/help-groups.ts helpAt): the municipality page's order.
 */
import type { Ref } from 'react';
import type { MapEntry, MapMunicipality } from '../../lib/map/model.ts';
import { AUDIENCE_PARAM, type Audience } from '../../lib/url-state.ts';
import { layerLabel } from './MapFilters.tsx';
import { fill, type Strings } from './strings.ts';

const reachLabel: Record<MapEntry['reach'], string> = {
  local: 'map.panelLocal',
  regional: 'map.panelRegional',
  wide: 'map.panelWide',
};

interface Props {
  id: string;
  /** The selected municipality and its index, or undefined (the panel then says how to choose one). */
  municipality: { m: MapMunicipality; index: number } | undefined;
  help: readonly MapEntry[];
  /** Whose order the list is in; the link to the municipality page keeps it. */
  audience: Audience;
  numberFormat: Intl.NumberFormat;
  headingRef: Ref<HTMLHeadingElement>;
  onClose: () => void;
  strings: Strings;
}

export default function MapPanel({
  id,
  municipality,
  help,
  audience,
  numberFormat,
  headingRef,
  onClose,
  strings: s,
}: Props) {
  if (!municipality) {
    return (
      <aside className="coverage-map__panel" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`} tabIndex={-1} ref={headingRef} className="visually-hidden">
          {s['map.searchLabel']}
        </h2>
        <p className="meta">{s['map.panelEmpty']}</p>
      </aside>
    );
  }
  const { m, index } = municipality;
  return (
    <aside className="coverage-map__panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} tabIndex={-1} ref={headingRef}>
        {m.name}
      </h2>
      <p className="meta">
        {m.province ? `${m.province} · ` : ''}
        {fill(s, 'map.panelPopulation', { population: numberFormat.format(m.population) })}
      </p>
      <p>{help.length > 0 ? fill(s, 'map.panelCount', { count: help.length }) : s['map.panelNone']}</p>
      {help.length > 0 && (
        <ol className="coverage-map__help">
          {help.map((e) => (
            <li key={e.id}>
              <a href={e.url}>{e.name}</a>
              <span className="meta">
                {' '}
                {[
                  s[layerLabel[e.help]],
                  s[reachLabel[e.reach]],
                  e.based.includes(index) ? s['map.panelBased'] : undefined,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ol>
      )}
      <p>
        <a href={audience === 'family' ? m.url : `${m.url}?${AUDIENCE_PARAM}=${audience}`}>
          {fill(s, 'map.panelMunicipalityPage', { name: m.name })}
        </a>
      </p>
      <button type="button" className="button button--secondary" onClick={onClose}>
        {s['map.panelClose']}
      </button>
    </aside>
  );
}
