/**
 * The map's state (filters, selected municipality, audience) kept in the page URL, so a shared link
 * (`?level=tertiary&local=1&m=23088&for=professional`) opens the same view. The URL is read once the
 * data is there (codes and facet keys are checked against it) and written back with replaceState (no
 * history entry per tick) only after it has been read, so a shared state is never overwritten by the defaults.
 */
import { useEffect, useRef, useState } from 'react';
import { mapStateFromParams, mapStateToParams, type MapUrlState } from '../../lib/map/map-state.ts';
import { noFilters, type MapData } from '../../lib/map/model.ts';

export interface MapUrlStateHook extends MapUrlState {
  setFilters: (update: (f: MapUrlState['filters']) => MapUrlState['filters']) => void;
  setSelected: (index: number | null) => void;
  setAudience: (audience: MapUrlState['audience']) => void;
  /** The municipality the link selected, until the map has zoomed to it (then the caller clears it). */
  fromLink: React.MutableRefObject<number | null>;
  /** The URL of this state with another audience, for the audience switch's links. */
  hrefFor: (audience: MapUrlState['audience']) => string;
}

export function useMapUrlState(data: MapData | null): MapUrlStateHook {
  const [state, setState] = useState<MapUrlState>({ filters: noFilters, selected: null, audience: 'family' });
  const read = useRef(false);
  const fromLink = useRef<number | null>(null);

  useEffect(() => {
    if (!data || read.current) return;
    const fromUrl = mapStateFromParams(new URLSearchParams(window.location.search), data);
    read.current = true;
    fromLink.current = fromUrl.selected;
    setState(fromUrl);
  }, [data]);

  const urlOf = (s: MapUrlState) => {
    const query = data ? mapStateToParams(s, data).toString() : '';
    return `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
  };

  useEffect(() => {
    if (!data || !read.current) return;
    const url = urlOf(state);
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`)
      window.history.replaceState(window.history.state, '', url);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- urlOf reads only data and the state
  }, [data, state]);

  return {
    ...state,
    setFilters: (update) => setState((s) => ({ ...s, filters: update(s.filters) })),
    setSelected: (selected) => setState((s) => ({ ...s, selected })),
    setAudience: (audience) => setState((s) => ({ ...s, audience })),
    fromLink,
    hrefFor: (audience) => urlOf({ ...state, audience }),
  };
}
