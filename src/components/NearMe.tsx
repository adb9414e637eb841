/**
 * "Help near me" island: a postcode or municipality name, or the browser's location, resolved to a
 * municipality page entirely in the browser. The postcode and name tables (/data/places.json, same
 * origin) load on first use. Without JavaScript the same form submits to the A–Z list.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { findMunicipalities, matchedOtherName } from '../lib/municipality-search.ts';
import { nearestPlace, parseQuery, type Place } from '../lib/near-me.ts';

interface PlaceData extends Place {
  country: 'BE' | 'NL';
  nameNl: string;
  nameFr: string;
  nameDe: string;
  population: number;
  slug: Record<'nl' | 'fr' | 'en', string>;
  /** Belgian localities and former municipalities it includes ("Laken", "Borsbeek"). */
  otherNames?: string[];
}

/** The names of a place, for display: Dutch, then French and German when they differ. */
const namesOf = (p: PlaceData) => [...new Set([p.nameNl, p.nameFr, p.nameDe].filter(Boolean))];
interface PlacesFile {
  places: PlaceData[];
  postcodes: Record<'BE' | 'NL', Record<string, string[]>>;
}

export interface NearMeStrings {
  label: string;
  hint: string;
  submit: string;
  locate: string;
  locatePrivacy: string;
  loading: string;
  empty: string;
  invalidPostcode: string;
  unknownPostcode: string;
  unknownName: string;
  /** "includes {name}": why a municipality was offered for a locality or former name. */
  includes: string;
  choose: string;
  belgium: string;
  netherlands: string;
  azLink: string;
  helplinesLink: string;
  locateFailed: string;
  loadFailed: string;
}

interface Props {
  lang: 'nl' | 'fr' | 'en';
  strings: NearMeStrings;
  /** Path prefix of municipality pages, e.g. "/nl/gemeente/". */
  municipalityBase: string;
  azUrl: string;
  helplinesUrl: string;
}

type Outcome =
  | { kind: 'idle' }
  | { kind: 'message'; text: string; wayOn: boolean }
  | { kind: 'choices'; text: string; places: PlaceData[]; query: string };

let placesPromise: Promise<PlacesFile> | undefined;
function loadPlaces(): Promise<PlacesFile> {
  placesPromise ??= fetch('/data/places.json').then((r) => {
    if (!r.ok) throw new Error(String(r.status));
    return r.json() as Promise<PlacesFile>;
  });
  placesPromise.catch(() => (placesPromise = undefined));
  return placesPromise;
}

export default function NearMe({ lang, strings, municipalityBase, azUrl, helplinesUrl }: Props) {
  const [query, setQuery] = useState('');
  const [data, setData] = useState<PlacesFile | undefined>();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);
  // Until hydrated, the form is the plain no-JavaScript form; the location button needs JavaScript, so it appears only then.
  const [hydrated, setHydrated] = useState(false);
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);

  const ensureData = async () => {
    if (data) return data;
    const loaded = await loadPlaces();
    setData(loaded);
    return loaded;
  };
  useEffect(() => {
    setHydrated(true);
    // Keep what was typed before hydration.
    if (inputRef.current && inputRef.current.value !== query) setQuery(inputRef.current.value);
  }, []);
  useEffect(() => {
    const input = inputRef.current;
    const warm = () => void ensureData().catch(() => undefined);
    input?.addEventListener('focus', warm, { once: true });
    return () => input?.removeEventListener('focus', warm);
  });

  const go = (place: PlaceData) => window.location.assign(`${municipalityBase}${place.slug[lang]}/`);
  const countryName = (p: PlaceData) => (p.country === 'BE' ? strings.belgium : strings.netherlands);
  /** ", includes Borsbeek" when the place was found through one of its other names. */
  const includes = (p: PlaceData, query: string) => {
    const via = query ? matchedOtherName(p, query) : undefined;
    return via ? `, ${strings.includes.replace('{name}', via)}` : '';
  };

  async function resolve(event: FormEvent) {
    event.preventDefault();
    const parsed = parseQuery(inputRef.current?.value ?? query);
    if (parsed.kind === 'invalid') {
      setOutcome({ kind: 'message', text: parsed.reason === 'empty' ? strings.empty : strings.invalidPostcode, wayOn: parsed.reason !== 'empty' });
      return;
    }
    setBusy(true);
    try {
      const { places, postcodes } = await ensureData();
      const byCode = new Map(places.map((p) => [p.code, p]));
      if (parsed.kind === 'postcode') {
        const countries = parsed.country === 'either' ? (['BE', 'NL'] as const) : ([parsed.country] as const);
        const found = countries.flatMap((c) => (postcodes[c][parsed.digits] ?? []).map((code) => byCode.get(code)).filter((p): p is PlaceData => p !== undefined));
        if (found.length === 0) setOutcome({ kind: 'message', text: strings.unknownPostcode.replace('{postcode}', parsed.digits), wayOn: true });
        else if (found.length === 1) go(found[0]!);
        else setOutcome({ kind: 'choices', text: strings.choose, places: found, query: '' });
      } else {
        const found = findMunicipalities(parsed.text, places, 8);
        const exact = found.filter((p) => namesOf(p).some((n) => n.localeCompare(parsed.text, undefined, { sensitivity: 'base' }) === 0));
        if (found.length === 0) setOutcome({ kind: 'message', text: strings.unknownName.replace('{name}', parsed.text.slice(0, 60)), wayOn: true });
        else if (exact.length === 1 || found.length === 1) go((exact[0] ?? found[0])!);
        else setOutcome({ kind: 'choices', text: strings.choose, places: found, query: parsed.text });
      }
    } catch {
      setOutcome({ kind: 'message', text: strings.loadFailed, wayOn: true });
    } finally {
      setBusy(false);
    }
  }

  function locate() {
    if (!('geolocation' in navigator)) {
      setOutcome({ kind: 'message', text: strings.locateFailed, wayOn: true });
      return;
    }
    setBusy(true);
    navigator.geolocation.getCurrentPosition(
      async (position) => {
        try {
          const { places } = await ensureData();
          const nearest = nearestPlace({ lat: position.coords.latitude, lon: position.coords.longitude }, places);
          if (nearest) go(nearest);
        } catch {
          setOutcome({ kind: 'message', text: strings.loadFailed, wayOn: true });
        } finally {
          setBusy(false);
        }
      },
      () => {
        setBusy(false);
        setOutcome({ kind: 'message', text: strings.locateFailed, wayOn: true });
      },
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 600_000 },
    );
  }

  const suggestions = data && query.trim().length >= 2 && !/^\d/.test(query.trim()) ? findMunicipalities(query, data.places, 8) : [];

  return (
    <form className="near-me" action={azUrl} method="get" onSubmit={resolve} role="search" aria-label={strings.label}>
      <label htmlFor={`${listId}-q`}>{strings.label}</label>
      <p className="meta" id={`${listId}-hint`}>{strings.hint}</p>
      <div className="near-me__row">
        <input
          ref={inputRef}
          id={`${listId}-q`}
          name="q"
          type="text"
          inputMode="text"
          autoComplete="postal-code"
          maxLength={100}
          list={`${listId}-list`}
          aria-describedby={`${listId}-hint`}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <datalist id={`${listId}-list`}>
          {suggestions.map((p) => <option key={p.code} value={namesOf(p)[0]}>{`${namesOf(p).join(' / ')} (${countryName(p)})${includes(p, query)}`}</option>)}
        </datalist>
        <button className="button" type="submit" disabled={busy}>{strings.submit}</button>
      </div>
      <p hidden={!hydrated}>
        <button className="button button--secondary" type="button" onClick={locate} disabled={busy}>{strings.locate}</button>{' '}
        <span className="meta">{strings.locatePrivacy}</span>
      </p>
      <div role="status" aria-live="polite" className="near-me__status">
        {busy && <p>{strings.loading}</p>}
        {outcome.kind === 'message' && (
          <div className="notice notice--warn">
            <p>{outcome.text}</p>
            {outcome.wayOn && <p><a href={azUrl}>{strings.azLink}</a> · <a href={helplinesUrl}>{strings.helplinesLink}</a></p>}
          </div>
        )}
        {outcome.kind === 'choices' && (
          <div className="notice">
            <p>{outcome.text}</p>
            <ul>{outcome.places.map((p) => <li key={p.code}><a href={`${municipalityBase}${p.slug[lang]}/`}>{namesOf(p).join(' / ')}</a> ({countryName(p)}){includes(p, outcome.query)}</li>)}</ul>
          </div>
        )}
      </div>
    </form>
  );
}
