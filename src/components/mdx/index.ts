import ContentNote from './ContentNote.astro';

/** Components every lesson can use without importing them (names listed in core/mdx-component-names). */
export const mdxComponents = { ContentNote };
