/** Components lessons may use without importing them. Keep in step with src/components/mdx/index.ts. */
export const MDX_COMPONENT_NAMES = ['ContentNote'] as const;

export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];
