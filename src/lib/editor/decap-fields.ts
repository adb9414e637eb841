/**
 * The web editor's fields (decap-config.ts assembles them into the configuration), one per property of the
 * entry schema in src/schemas/, so a field added there appears in the editor at the next build.
 *
 * The schema is read through zod's own JSON Schema export (the same call that writes the open-data
 * schema, src/lib/exports/initiatives.ts), input side: what a file may contain. A field with a default is
 * optional there, as it is for a person writing the file by hand. The editor's rules (required, pattern,
 * min/max) are only a first line: the build and CI run the full schema on every change, so a rule the
 * editor cannot express (e.g. "region is required unless country-wide") is still enforced before publishing.
 */
import { z } from 'astro/zod';
import { initiativeSchema } from '../../schemas/initiative.ts';
import * as placeAndKind from '../../schemas/vocabularies/place-and-kind.ts';
import * as practice from '../../schemas/vocabularies/practice.ts';
import * as accessAndContact from '../../schemas/vocabularies/access-and-contact.ts';
import * as evidenceAndVerification from '../../schemas/vocabularies/evidence-and-verification.ts';
import { serviceLanguages } from '../../schemas/vocabularies/access-and-contact.ts';
import type { Labels } from '../../schemas/vocabularies/labels.ts';
import { uiLanguages } from '../../schemas/languages.ts';

/** A JSON Schema node as zod writes it (only the keywords this generator reads). */
interface Node {
  type?: string;
  enum?: readonly (string | number)[];
  properties?: Record<string, Node>;
  required?: readonly string[];
  items?: Node;
  description?: string;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
}

/** One Decap field (the subset of its options this site uses). */
export interface DecapField {
  name: string;
  label: string;
  widget: 'string' | 'text' | 'select' | 'list' | 'object' | 'boolean' | 'number' | 'datetime' | 'markdown';
  required: boolean;
  hint?: string;
  pattern?: [string, string];
  options?: { label: string; value: string }[];
  multiple?: boolean;
  fields?: DecapField[];
  field?: DecapField;
  collapsed?: boolean;
  summary?: string;
  value_type?: 'int';
  min?: number;
  max?: number;
  format?: string;
  date_format?: string;
  time_format?: boolean;
  picker_utc?: boolean;
  modes?: string[];
  sanitize_preview?: boolean;
}
/** Every closed vocabulary of src/schemas/vocabularies/, found by its set of keys (a z.enum keeps only the keys). */
const vocabulariesByKeys: ReadonlyMap<string, Record<string, Labels>> = new Map(
  [placeAndKind, practice, accessAndContact, evidenceAndVerification]
    .flatMap((module) => Object.values(module) as unknown[])
    .filter(
      (value): value is Record<string, Labels> =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        Object.values(value).length > 0 &&
        Object.values(value).every(
          (labels) =>
            typeof labels === 'object' &&
            labels !== null &&
            uiLanguages.every((lang) => typeof (labels as Record<string, unknown>)[lang] === 'string'),
        ),
    )
    .map((vocabulary) => [keySet(Object.keys(vocabulary)), vocabulary]),
);

function keySet(keys: readonly (string | number)[]): string {
  return [...keys].map(String).sort().join('\u0000');
}

/** "whoMayContact" → "Who may contact", "evidenceDate" → "Evidence date". */
export function labelOfKey(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The select options of an enum: the vocabulary's nl / fr / en labels when the values are a vocabulary, else the value. */
function optionsOf(values: readonly (string | number)[]): { label: string; value: string }[] {
  const vocabulary = vocabulariesByKeys.get(keySet(values));
  return values.map((value) => {
    const labels = vocabulary?.[String(value)];
    return {
      value: String(value),
      label: labels ? `${uiLanguages.map((lang) => labels[lang]).join(' · ')} (${value})` : String(value),
    };
  });
}

/**
 * A text per language: every UI language and nothing but languages (a prepared one, German for now, may sit
 * beside them). Edited as one field per language, side by side.
 */
function isLanguageObject(node: Node): boolean {
  const properties = node.properties ?? {};
  return (
    node.type === 'object' &&
    uiLanguages.every((lang) => properties[lang]?.type === 'string') &&
    Object.entries(properties).every(
      ([key, child]) => (uiLanguages as readonly string[]).includes(key) && child.type === 'string',
    )
  );
}

/** A language field's label in that language's own name, "Nederlands (nl)"; English until the language has labels of its own. */
function languageLabel(lang: keyof typeof serviceLanguages): string {
  const labels: Partial<Record<string, string>> = serviceLanguages[lang];
  const name = labels[lang] ?? serviceLanguages[lang].en;
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} (${lang})`;
}

/**
 * One schema property as a Decap field. `required` is the schema's: present in its parent's `required`
 * list (input side, so a field with a default is optional). Inside an optional object, the object's own
 * required parts are asked only when the object is given: Decap would otherwise refuse to save an entry
 * that leaves the whole optional object out.
 */
export function fieldOf(name: string, node: Node, required: boolean): DecapField {
  const base = { name, label: labelOfKey(name), required, ...(node.description ? { hint: node.description } : {}) };
  if (node.enum) return { ...base, widget: 'select', options: optionsOf(node.enum) };
  switch (node.type) {
    case 'object': {
      if (isLanguageObject(node)) {
        const languages = Object.keys(node.properties!) as (keyof typeof serviceLanguages)[];
        const long = languages.some((lang) => (node.properties![lang]!.maxLength ?? 0) > 200);
        return {
          ...base,
          widget: 'object',
          collapsed: false,
          fields: languages.map((lang) => ({
            ...fieldOf(lang, node.properties![lang]!, required && (node.required ?? []).includes(lang)),
            label: languageLabel(lang),
            widget: long ? 'text' : 'string',
          })),
        };
      }
      return { ...base, widget: 'object', collapsed: false, fields: fieldsOf(node, required) };
    }
    case 'array': {
      const items = node.items ?? {};
      const count = {
        ...(node.minItems !== undefined ? { min: node.minItems } : {}),
        ...(node.maxItems !== undefined ? { max: node.maxItems } : {}),
      };
      if (items.enum) return { ...base, widget: 'select', multiple: true, options: optionsOf(items.enum), ...count };
      if (items.type === 'object') {
        const fields = fieldsOf(items, true);
        // Open: a keeper sees every phone and source at once; the summary names each item when folded.
        return {
          ...base,
          widget: 'list',
          collapsed: false,
          summary: `{{fields.${fields[0]?.name ?? 'title'}}}`,
          fields,
          ...count,
        };
      }
      return { ...base, widget: 'list', field: fieldOf('value', items, true), ...count };
    }
    case 'boolean':
      return { ...base, widget: 'boolean' };
    case 'integer':
    case 'number':
      return {
        ...base,
        widget: 'number',
        value_type: 'int',
        ...(node.minimum !== undefined ? { min: node.minimum } : {}),
        ...(node.maximum !== undefined ? { max: node.maximum } : {}),
      };
    case 'string':
      if (node.format === 'date') {
        // A calendar day written as YYYY-MM-DD text, never a time: the schema coerces it to a date.
        return {
          ...base,
          widget: 'datetime',
          format: 'YYYY-MM-DD',
          date_format: 'YYYY-MM-DD',
          time_format: false,
          picker_utc: true,
        };
      }
      return {
        ...base,
        widget: (node.maxLength ?? 0) > 200 ? 'text' : 'string',
        ...(node.pattern
          ? { pattern: [node.pattern, `must match ${node.pattern}; see the hint`] as [string, string] }
          : {}),
      };
    default:
      // A value the JSON Schema cannot describe: edited as text; the build's full check decides.
      return { ...base, widget: 'string' };
  }
}

function fieldsOf(node: Node, parentRequired: boolean): DecapField[] {
  return Object.entries(node.properties ?? {}).map(([key, child]) =>
    fieldOf(key, child, parentRequired && (node.required ?? []).includes(key)),
  );
}

/** The entry's JSON Schema, input side, with coerced dates marked as calendar days (`format: date`). */
export function entryJsonSchema(): Node {
  return z.toJSONSchema(initiativeSchema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      if (ctx.zodSchema._zod.def.type === 'date') Object.assign(ctx.jsonSchema, { type: 'string', format: 'date' });
    },
  }) as Node;
}

/** The fields of one entry, in the schema's order, then the Markdown body. */
export function entryFields(): DecapField[] {
  return [
    ...fieldsOf(entryJsonSchema(), true),
    {
      name: 'body',
      label: 'Body',
      widget: 'markdown',
      required: false,
      hint: 'The longer description in Markdown, in the language named by bodyLanguage, in our own words.',
      // Raw first: the text is kept as written; the rich-text mode would rewrite Markdown it did not change.
      modes: ['raw', 'rich_text'],
      sanitize_preview: true,
    },
  ];
}
