import { createComponent, render, renderComponent, type AstroComponentFactory, type ComponentSlots } from 'astro/runtime/server/index.js';

/** Astro types a component's render arguments as `any`; these are what renderComponent takes. */
type RenderResult = Parameters<typeof renderComponent>[0];

/**
 * `Component` with `bound` props added to those the MDX element passes: how a lesson page hands its own
 * data (its quizzes, scenarios, course) to the components written in its text, with no shared state.
 */
export function bindProps(name: string, Component: AstroComponentFactory, bound: Record<string, unknown>): AstroComponentFactory {
  return createComponent((result: RenderResult, props: Record<string, unknown>, slots: ComponentSlots) => render`${renderComponent(result, name, Component, { ...props, ...bound }, slots)}`);
}
