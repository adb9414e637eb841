/**
 * The map page's island (hydrated with client:intent, see src/directives/intent.ts). The server renders
 * the static picture (CoverageMapPreview); the island hydrates only when the user asks for the
 * interactive map, so hydration itself is the request: it then loads the Leaflet map (CoverageMap, a
 * separate chunk with Leaflet), keeps the picture in place while the map's data and geometry load,
 * and swaps it for the map once the map can be used. If the map cannot load, the picture stays as the
 * static alternative. Focus follows the user: if it was on the start button, it moves to the map's
 * municipality search.
 */
import './CoverageMapIsland.css';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import CoverageMapPreview from './CoverageMapPreview.tsx';
import type { CoverageMapProps, MapOutcome } from './CoverageMap.tsx';

/** If the map's chunk cannot be downloaded, say so; the picture stays. */
function MapChunkFailed({ strings, onSettled }: CoverageMapProps) {
  useEffect(() => onSettled?.('no-map'), [onSettled]);
  return (
    <p className="notice notice--warn" role="alert">
      {strings['map.failed']}
    </p>
  );
}

const CoverageMap = lazy(() => import('./CoverageMap.tsx').catch(() => ({ default: MapChunkFailed })));

interface Props extends Omit<CoverageMapProps, 'onSettled'> {
  preview: { src: string; width: number; height: number };
}

export default function CoverageMapIsland({ preview, ...mapProps }: Props) {
  const [started, setStarted] = useState(false);
  const [outcome, setOutcome] = useState<MapOutcome | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const focusSearch = useRef(false);

  // Hydration happens only on the user's request: the first effect starts the map.
  useEffect(() => setStarted(true), []);

  const onSettled = useCallback((result: MapOutcome) => {
    focusSearch.current =
      root.current?.querySelector('.coverage-map-preview')?.contains(document.activeElement) ?? false;
    setOutcome(result);
  }, []);

  useEffect(() => {
    if (outcome && focusSearch.current) root.current?.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  }, [outcome]);

  const previewState = !started || !outcome ? (started ? 'loading' : 'idle') : 'static';
  return (
    <div className="coverage-map-island" ref={root}>
      {started && (
        <Suspense fallback={null}>
          <CoverageMap {...mapProps} onSettled={onSettled} />
        </Suspense>
      )}
      {outcome !== 'map' && <CoverageMapPreview {...preview} strings={mapProps.strings} state={previewState} />}
    </div>
  );
}
