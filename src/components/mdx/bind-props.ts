import { createComponent, render, renderComponent, type AstroComponentFactory } from 'astro/runtime/server/index.js';

/**
 * `Component` with `bound` props added to those the MDX element passes: how a lesson page hands its own
 * data (its quizzes, scenarios, course) to the components written in its text, with no shared state.
 */
export function bindProps(name: string, Component: AstroComponentFactory, bound: Record<string, unknown>): AstroComponentFactory {
  return createComponent((result, props, slots) => render`${renderComponent(result, name, Component, { ...props, ...bound }, slots)}`);
}
