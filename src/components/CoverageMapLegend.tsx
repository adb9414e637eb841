/**
 * The coverage map's legend: the colour classes and the marker. Shared by the static picture (server-
 * rendered) and the interactive map. Swatches are tiny SVGs with `fill` attributes, not inline styles:
 * the strict CSP blocks style attributes in server-rendered HTML, and the colours stay declared once
 * (src/lib/map/colours.ts).
 */
import { BORDER_COLOUR, classLabel, countClasses, MARKER_COLOUR } from '../lib/map/colours.ts';

export default function CoverageMapLegend({ title, markerLabel }: { title: string; markerLabel: string }) {
  return (
    <div className="coverage-map__legend">
      <p className="coverage-map__legend-title">{title}</p>
      <ul>
        {countClasses.map((c) => (
          <li key={c.min}>
            <svg className="coverage-map__swatch" viewBox="0 0 22 16" aria-hidden="true" focusable="false">
              <rect x="0.5" y="0.5" width="21" height="15" fill={c.colour} stroke={BORDER_COLOUR} />
            </svg>
            {classLabel(c)}
          </li>
        ))}
        <li>
          <svg
            className="coverage-map__swatch coverage-map__swatch--marker"
            viewBox="0 0 16 16"
            aria-hidden="true"
            focusable="false"
          >
            <circle cx="8" cy="8" r="6" fill={MARKER_COLOUR} stroke="#ffffff" strokeWidth="2" />
            <circle cx="8" cy="8" r="7.5" fill="none" stroke={BORDER_COLOUR} />
          </svg>
          {markerLabel}
        </li>
      </ul>
    </div>
  );
}
