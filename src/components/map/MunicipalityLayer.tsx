/**
 * The municipality polygons, decoded from TopoJSON and added to Leaflet's canvas a batch at a time with
 * a yield in between. This bypasses react-leaflet's <GeoJSON> on purpose: done in one go it was one long
 * task of several hundred milliseconds for the 907 polygons, most of the map page's blocking time.
 * Style changes restyle the same layers (no re-creation).
 */
import { useEffect, useRef } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import { feature } from 'topojson-client';
import type { Feature } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Municipalities decoded and added per slice of work; between slices the browser paints and answers input. */
const BATCH = 120;

interface Props {
  topology: Topology;
  style: (f?: Feature) => L.PathOptions;
  onEachFeature: (f: Feature, layer: L.Layer) => void;
  onDecoded: (features: Feature[]) => void;
}

export default function MunicipalityLayer({ topology, style, onEachFeature, onDecoded }: Props) {
  const map = useMap();
  const group = useRef<L.GeoJSON | null>(null);
  // Leaflet keeps the callbacks it was given at creation: route them through a ref to the latest ones.
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
