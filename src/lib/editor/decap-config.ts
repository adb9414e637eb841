/**
 * The web editor's configuration (Decap CMS, served at /admin/), generated from the content model so that
 * the schema stays the one source of truth: a field added, made required or given a new vocabulary value
 * in src/schemas/ appears in the editor at the next build, with no second list to keep in step.
 *
 * The fields themselves, read from the schema, are decap-fields.ts's; this file puts them into one folder
 * collection per country with the backend and the editorial workflow.
 */
import { entryFields, type DecapField } from './decap-fields.ts';
import { entryFormat } from './frontmatter.ts';

export interface DecapCollection {
  name: string;
  label: string;
  label_singular: string;
  folder: string;
  extension: 'md';
  format: string;
  create: boolean;
  delete: boolean;
  slug: string;
  identifier_field: string;
  summary: string;
  fields: DecapField[];
}

export interface EditorBackend {
  /** Decap backend name: github, gitlab, gitea (also Forgejo), or proxy in local mode. */
  name: string;
  repo?: string;
  branch: string;
  base_url?: string;
  auth_endpoint?: string;
  api_root?: string;
  app_id?: string;
  auth_type?: string;
  /** Fork-and-propose for people without write access (GitHub and Forgejo backends). */
  open_authoring?: boolean;
}

export interface EditorConfigOptions {
  backend: EditorBackend;
  /**
   * Local editing (`npm run edit`, the browser test): the address of Decap's local proxy. Decap only
   * contacts it from localhost; a deployed /admin/ never has this key.
   */
  localBackendUrl?: string;
}

/** Where the entries live, one folder collection per country (the file name is the entry's id). */
export const entryFolders = [
  { name: 'be', label: 'Initiatives in Belgium', folder: 'src/content/initiatives/be' },
  { name: 'nl', label: 'Initiatives in the Netherlands', folder: 'src/content/initiatives/nl' },
] as const;
/** The whole configuration Decap reads from /admin/config.yml. */
export function editorConfig(options: EditorConfigOptions) {
  const fields = entryFields();
  return {
    backend: options.backend,
    ...(options.localBackendUrl ? { local_backend: { url: options.localBackendUrl } } : {}),
    // Every save is a branch and a pull/merge request; CI validates it before anyone can merge.
    publish_mode: 'editorial_workflow',
    // Entries have no pictures; Decap still needs a media folder to start. Uploads are not offered by any field.
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    locale: 'en',
    show_preview_links: false,
    editor: { preview: false },
    search: true,
    collections: entryFolders.map(({ name, label, folder }): DecapCollection => ({
      name,
      label,
      label_singular: 'Initiative',
      folder,
      extension: 'md',
      format: entryFormat,
      // New entries are allowed: the id field carries the schema's id pattern, and the file name is the id.
      create: true,
      // Deleting would commit straight to the branch, outside the review; an ended service keeps its entry (CONTRIBUTING).
      delete: false,
      slug: '{{slug}}',
      identifier_field: 'id',
      summary: '{{fields.name}} ({{fields.id}})',
      fields,
    })),
  };
}
