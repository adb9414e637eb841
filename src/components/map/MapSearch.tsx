/**
 * The map's municipality search: the keyboard and screen-reader way to the same facts as a click on
 * the map. Dutch, French, English and informal names, localities (Laken finds Brussels, and says so),
 * and "Did you mean …?" by edit distance when nothing matches (the shared place matcher); Enter goes
 * straight to a place when the shared place lookup would (src/lib/geo/place-lookup.ts).
 */
import { useMemo, useState, type FormEvent } from 'react';
import { closestMunicipalities, findMunicipalities, matchedOtherName } from '../../lib/geo/municipality-search.ts';
import { lookupPlace } from '../../lib/geo/place-lookup.ts';
import type { MapMunicipality } from '../../lib/map/model.ts';
import { fill, type Strings } from './strings.ts';

/** The map has no postcode table: a postcode typed here is not known, and the names decide alone. */
const NO_POSTCODES = { BE: {}, NL: {} };

interface Props {
  id: string;
  municipalities: readonly MapMunicipality[];
  strings: Strings;
  onPick: (code: string) => void;
}

export default function MapSearch({ id, municipalities, strings: s, onPick }: Props) {
  const [query, setQuery] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const q = query.trim();
  const results = useMemo(() => (q ? findMunicipalities(query, municipalities, 8) : []), [municipalities, query, q]);
  const closest = useMemo(
    () => (results.length === 0 && q.length >= 3 ? closestMunicipalities(query, municipalities, 3) : []),
    [municipalities, results, query, q],
  );
  /** ", includes Borsbeek" when a result was found through one of its other names. */
  const otherNameNote = (m: MapMunicipality) => {
    const via = matchedOtherName(m, query);
    return via ? `, ${fill(s, 'map.searchIncludes', { name: via })}` : '';
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    // Enter goes on by the place lookup's rule: one exact name ("Utrecht", though Utrechtse Heuvelrug and
    // the province of Utrecht also contain it) or one match at all; a name several places bear asks.
    const answer = lookupPlace(query, { places: municipalities, postcodes: NO_POSTCODES });
    if (answer.kind === 'found') onPick(answer.place.code);
  };
  return (
    <form role="search" className="coverage-map__search" onSubmit={onSubmit} aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} htmlFor={id}>
        {s['map.searchLabel']}
      </label>
      <p className="meta" id={`${id}-hint`}>
        {s['map.searchHint']}
      </p>
      <div className="coverage-map__search-row">
        <input
          id={id}
          type="search"
          autoComplete="off"
          aria-describedby={`${id}-hint`}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setSubmitted(false);
          }}
        />
        <button type="submit" className="button">
          {s['map.searchButton']}
        </button>
      </div>
      <div role="status" className="coverage-map__results-status">
        {q &&
          (results.length === 0
            ? (submitted || q.length > 2) && fill(s, 'map.searchNone', { query: q })
            : fill(s, 'map.searchResults', { count: results.length }))}
      </div>
      {closest.length > 0 && (
        <ul className="coverage-map__results">
          {closest.map(({ m: r, name }) => (
            <li key={r.code}>
              <button type="button" className="button button--secondary" onClick={() => onPick(r.code)}>
                {fill(s, 'place.didYouMean', { name: name === r.name ? name : `${r.name} (${name})` })}
                {r.province ? ` (${r.province})` : ''}
              </button>
            </li>
          ))}
        </ul>
      )}
      {results.length > 0 && (
        <ul className="coverage-map__results">
          {results.map((r) => (
            <li key={r.code}>
              <button type="button" className="button button--secondary" onClick={() => onPick(r.code)}>
                {r.name}
                {r.province ? ` (${r.province})` : ''}
                {otherNameNote(r)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
