/**
 * Same-origin data files for the browser scripts, each requested once per page and shared by every
 * caller; a failed request is forgotten, so the next call tries again (a dropped connection is not final).
 */
// Types only (erased from the bundle): the file's shape is declared once, beside the code that writes it.
import type { PlacesFile } from '../lib/geo/municipalities.ts';

const requests = new Map<string, Promise<unknown>>();

/** The JSON at `url`, fetched on the first call; an HTTP error rejects with its status. */
export function fetchOnce<T>(url: string): Promise<T> {
  let request = requests.get(url) as Promise<T> | undefined;
  if (!request) {
    request = fetch(url).then((r) => {
      if (!r.ok) throw new Error(String(r.status));
      return r.json() as Promise<T>;
    });
    requests.set(url, request);
    request.catch(() => requests.delete(url));
  }
  return request;
}

/** /data/places.json: everything the place lookup needs (src/pages/data/places.json.ts). */
export const loadPlaces = () => fetchOnce<PlacesFile>('/data/places.json');
