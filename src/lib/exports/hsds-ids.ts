/**
 * The ids of the HSDS export: UUID v5 derived from entry ids under one fixed namespace, so every record
 * keeps its id across builds and a consumer can follow it from one export to the next.
 */
import { createHash } from 'node:crypto';

/** Fixed namespace of this directory's HSDS ids (a random v4 chosen once; never change it). */
export const HSDS_NAMESPACE = '5f0b8f2e-3c4d-4e9a-9b7a-2d6c1e8f4a10';

/** RFC 4122 UUID version 5 (SHA-1, name-based). */
export function uuidV5(name: string, namespace: string = HSDS_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1')
    .update(Buffer.concat([ns, Buffer.from(name, 'utf8')]))
    .digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** The ids of one entry's HSDS records: a pure function of the entry id and the fixed namespace. */
export const hsdsIds = {
  service: (entryId: string) => uuidV5(`service:${entryId}`),
  organization: (entryId: string) => uuidV5(`organization:${entryId}`),
};
