/**
 * The map's two prebuilt files, fetched once: the per-language data (/data/map/{lang}.json) and the
 * merged TopoJSON (/data/map/geometry.json). Each can fail on its own: without data there is no map;
 * without geometry the search and the panel still work (the page says the map could not load).
 */
import { useEffect, useState } from 'react';
import type { Topology } from 'topojson-specification';
import type { MapData } from '../../lib/map/model.ts';

export interface MapFiles {
  data: MapData | null;
  dataFailed: boolean;
  topology: Topology | null;
  geometryFailed: boolean;
}

const json = <T>(url: string) =>
  fetch(url).then((r) => (r.ok ? (r.json() as Promise<T>) : Promise.reject(new Error(String(r.status)))));

export function useMapData(dataUrl: string, geometryUrl: string): MapFiles {
  const [files, setFiles] = useState<MapFiles>({
    data: null,
    dataFailed: false,
    topology: null,
    geometryFailed: false,
  });
  useEffect(() => {
    let cancelled = false;
    const update = (change: Partial<MapFiles>) => !cancelled && setFiles((f) => ({ ...f, ...change }));
    json<MapData>(dataUrl).then(
      (data) => update({ data }),
      () => update({ dataFailed: true }),
    );
    json<Topology>(geometryUrl).then(
      (topology) => update({ topology }),
      () => update({ geometryFailed: true }),
    );
    return () => {
      cancelled = true;
    };
  }, [dataUrl, geometryUrl]);
  return files;
}
