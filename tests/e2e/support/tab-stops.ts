/**
 * Runs in the page (pass it to `locator.evaluate`): how many presses of Tab (or Shift+Tab) take
 * focus from where it is now to `target`, following the browser's sequential focus order within
 * the target's document, or null when that cannot be told for sure (nothing focused, a positive
 * tabindex, a frame on the way, or the target behind the start). A caller presses that many times
 * and then checks once, instead of asking after every press.
 */
export function countTabStopsTo(target: Element, backwards: boolean): number | null {
  const document = target.ownerDocument;
  const active = document.activeElement;
  if (active === target) return 0;
  if (!active || active === document.body || active === document.documentElement) return null;
  const all = [...document.querySelectorAll('*')].filter((element): element is HTMLElement => element instanceof HTMLElement);
  if (all.some((element) => element.tabIndex > 0)) return null;

  const radioGroup = (radio: HTMLInputElement) =>
    all.filter((element): element is HTMLInputElement => element instanceof HTMLInputElement && element.type === 'radio' && element.name === radio.name && element.form === radio.form);
  const isReachable = (element: HTMLElement) =>
    element.tabIndex >= 0 &&
    !(element instanceof HTMLInputElement && element.type === 'hidden') &&
    !((element instanceof HTMLAnchorElement || element instanceof HTMLAreaElement) && !element.hasAttribute('href')) &&
    !(('disabled' in element) && element.disabled === true) &&
    element.closest('[inert]') === null &&
    element.checkVisibility({ visibilityProperty: true });
  const isStop = (element: HTMLElement) => {
    if (!isReachable(element)) return false;
    if (!(element instanceof HTMLInputElement) || element.type !== 'radio' || element.name === '') return true;
    // A radio group is one stop: its checked radio, else the first one met in the direction of travel.
    const group = radioGroup(element).filter(isReachable);
    const checked = group.find((radio) => radio.checked);
    return checked ? checked === element : (backwards ? group.at(-1) : group[0]) === element;
  };

  const activeAt = all.indexOf(active as HTMLElement);
  if (activeAt < 0) return null;
  // Forward, the next stop comes after the focused element in document order (its own contents
  // included); backward, before it.
  const way = backwards ? all.slice(0, activeAt).reverse() : all.slice(activeAt + 1);
  let presses = 0;
  for (const element of way) {
    if (!isStop(element)) continue;
    presses += 1;
    if (element === target) return presses;
    if (element instanceof HTMLIFrameElement) return null;
  }
  return null;
}
