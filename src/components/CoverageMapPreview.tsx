/**
 * The map page's first picture (server-rendered, no script of its own): the static choropleth built at
 * build time (/data/map/coverage.svg), its legend, and the button that asks for the interactive map.
 * Pressing the button (or clicking the picture) is the intent the `client:intent` directive waits for.
 * Without JavaScript the button is hidden (it needs html.js) and a sentence says what the table offers.
 */
import CoverageMapLegend from './CoverageMapLegend.tsx';

export type PreviewState = 'idle' | 'loading' | 'static';

interface Props {
  src: string;
  width: number;
  height: number;
  strings: Record<string, string>;
  state: PreviewState;
}

export default function CoverageMapPreview({ src, width, height, strings: s, state }: Props) {
  const interactive = state !== 'static';
  return (
    <div className="coverage-map-preview" data-state={state}>
      {interactive && (
        <div className="coverage-map-preview__start">
          <button
            type="button"
            className="button"
            data-intent-start
            aria-describedby="coverage-map-start-hint"
            aria-disabled={state === 'loading' ? true : undefined}
          >
            {s['map.start']}
          </button>
          <p className="meta" id="coverage-map-start-hint">
            {s['map.startHint']}
          </p>
          {/* The directive writes the loading and failure texts here before React runs (src/directives/intent.ts). */}
          <p
            className="coverage-map-preview__status"
            role="status"
            data-intent-status
            data-loading-text={s['map.loading']}
            data-failed-text={s['map.startFailed']}
          >
            {state === 'loading' ? s['map.loading'] : ''}
          </p>
        </div>
      )}
      <p className="coverage-map-preview__nojs meta">{s['map.fallback']}</p>
      <div className="coverage-map-preview__picture" data-intent-start={interactive ? '' : undefined}>
        <img src={src} width={width} height={height} alt={s['figures.map.previewAlt']} decoding="async" />
      </div>
      <CoverageMapLegend
        title={s['figures.map.legendFamily'] ?? ''}
        markerLabel={s['figures.map.legendMarker'] ?? ''}
      />
    </div>
  );
}
