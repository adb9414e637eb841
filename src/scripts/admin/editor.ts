/**
 * The web editor (/admin/ only): Decap CMS from npm, bundled at build into /admin/editor.js
 * (src/integrations/editors-desk.ts). No public page loads this file.
 *
 * Built from decap-cms-core and the parts this site uses, not from decap-cms-app (which registers every
 * backend, widget and UI language: 5.9 MB minified, with a map widget, a code editor and a WebAssembly
 * image encoder no entry needs). The parts are the packages decap-cms-app itself depends on, at the
 * exact versions it pins, so updating decap-cms-app updates them together.
 *
 * The ES module build does not start by itself (window.CMS_MANUAL_INIT only concerns the prebuilt script
 * for CDNs): this file registers what the site needs, then starts Decap once. Decap reads its
 * configuration from config.yml next to the page, generated from the content model at build.
 */
import { DecapCmsCore as CMS } from 'decap-cms-core';
// Backends: the Git hosts EDITING.md documents, and the local proxy of `npm run edit`. Not Decap's
// gitea backend: it refuses editorial_workflow, so a Gitea or Forgejo host is reached with the forgejo one.
import { GitHubBackend } from 'decap-cms-backend-github';
import { GitLabBackend } from 'decap-cms-backend-gitlab';
import { ForgejoBackend } from 'decap-cms-backend-forgejo';
import { ProxyBackend } from 'decap-cms-backend-proxy';
// Widgets: the ones the generated configuration uses (src/lib/editor/decap-config.ts).
import DecapCmsWidgetString from 'decap-cms-widget-string';
import DecapCmsWidgetText from 'decap-cms-widget-text';
import DecapCmsWidgetNumber from 'decap-cms-widget-number';
import DecapCmsWidgetBoolean from 'decap-cms-widget-boolean';
import DecapCmsWidgetSelect from 'decap-cms-widget-select';
import DecapCmsWidgetList from 'decap-cms-widget-list';
import DecapCmsWidgetObject from 'decap-cms-widget-object';
import DecapCmsWidgetDatetime from 'decap-cms-widget-datetime';
import { en } from 'decap-cms-locales';
import { entryFormat, readEntryFile, writeEntryFile, type EntryData } from '../../lib/editor/frontmatter.ts';

CMS.registerBackend('github', GitHubBackend);
CMS.registerBackend('gitlab', GitLabBackend);
CMS.registerBackend('forgejo', ForgejoBackend);
CMS.registerBackend('proxy', ProxyBackend);
for (const widget of [
  DecapCmsWidgetString.Widget(),
  DecapCmsWidgetText.Widget(),
  DecapCmsWidgetNumber.Widget(),
  DecapCmsWidgetBoolean.Widget(),
  DecapCmsWidgetSelect.Widget(),
  DecapCmsWidgetList.Widget(),
  DecapCmsWidgetObject.Widget(),
  DecapCmsWidgetDatetime.Widget(),
])
  CMS.registerWidget(widget);
CMS.registerLocale('en', en);
// Entry files are read and written the way the site reads them (see frontmatter.ts for why not Decap's own).
CMS.registerCustomFormat(entryFormat, 'md', {
  fromFile: (content: string) => readEntryFile(content),
  toFile: (data: EntryData, sortedKeys: string[] = []) => writeEntryFile(data, sortedKeys),
});
CMS.init();
