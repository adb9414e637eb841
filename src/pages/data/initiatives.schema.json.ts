/** /data/initiatives.schema.json: JSON Schema of initiatives.json, generated from the zod schema. */
import { initiativesJsonSchema } from '../../lib/exports/initiatives.ts';

export function GET() {
  return new Response(JSON.stringify(initiativesJsonSchema(), null, 2), {
    headers: { 'Content-Type': 'application/schema+json' },
  });
}
