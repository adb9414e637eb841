// The parts of Decap the editor bundles (src/scripts/admin/editor.ts) ship without type declarations;
// only decap-cms-core does. They are used only as Decap's registry expects them.
declare module 'decap-cms-backend-github' {
  export const GitHubBackend: any;
}
declare module 'decap-cms-backend-gitlab' {
  export const GitLabBackend: any;
}
declare module 'decap-cms-backend-forgejo' {
  export const ForgejoBackend: any;
}
declare module 'decap-cms-backend-proxy' {
  export const ProxyBackend: any;
}
declare module 'decap-cms-locales' {
  export const en: Record<string, unknown>;
}
declare module 'decap-cms-widget-string' {
  const widget: { Widget(): any };
  export default widget;
}
declare module 'decap-cms-widget-text' {
  const widget: { Widget(): any };
  export default widget;
}
declare module 'decap-cms-widget-number' {
  const widget: { Widget(): any };
  export default widget;
}
declare module 'decap-cms-widget-boolean' {
  const widget: { Widget(): any };
  export default widget;
}
declare module 'decap-cms-widget-select' {
  const widget: { Widget(): any };
  export default widget;
}
declare module 'decap-cms-widget-list' {
  const widget: { Widget(): any };
  export default widget;
}
declare module 'decap-cms-widget-object' {
  const widget: { Widget(): any };
  export default widget;
}
declare module 'decap-cms-widget-datetime' {
  const widget: { Widget(): any };
  export default widget;
}
