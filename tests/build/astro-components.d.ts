// Lets the build-level tests import .astro components for Astro's container API (tsc alone does not know the
// extension; Vite compiles them when the tests run).
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}
