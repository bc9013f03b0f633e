/// <reference types="astro/client" />

// For plain `tsc`: .astro files are typed by Astro's own tooling (astro check, the editor plugin).
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}
