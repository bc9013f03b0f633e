import { MDX_COMPONENT_NAMES } from '../../core/mdx-component-names';

/** A capitalised name peerpath does not provide; the lesson's component check reports it, once. */
export function isUnknownComponent(name: string): boolean {
  return /^[A-Z]/.test(name) && !MDX_COMPONENT_NAMES.includes(name);
}
