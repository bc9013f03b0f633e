import { DomUtils, parseDocument } from 'htmlparser2';

/** When an island's code is fetched: Astro's client directives, as the browser meets them. */
export type IslandTiming = 'start-up' | 'when visible' | 'once idle';

export interface PageIsland {
  /** The component's file, from its `component-url`. */
  component: string;
  timing: IslandTiming;
  /** Files the island needs besides its component (renderer, before-hydration code). */
  alongside: string[];
  /** Rendered into the HTML at build: not client:only, and the island holds the component's markup. */
  serverRendered: boolean;
}

/** What a built page asks the browser to fetch and run, read from its HTML. */
export interface PageScripts {
  /** `<script type="module" src>` files, relative to the page. */
  moduleScripts: string[];
  /** Text of inline scripts that run (not JSON data). */
  inlineScripts: string[];
  islands: PageIsland[];
  /** `<link rel="stylesheet">` in the head: the browser waits for them before the first paint. */
  blockingStylesheets: string[];
  /** Text of inline `<style>` elements. */
  inlineStyles: string[];
}

const timingOf = (directive: string | undefined): IslandTiming =>
  directive === 'visible' ? 'when visible' : directive === 'idle' ? 'once idle' : 'start-up';

export function readPageScripts(html: string): PageScripts {
  const document = parseDocument(html);
  const elements = (name: string) => DomUtils.getElementsByTagName(name, document);
  const scripts = elements('script').filter((script) => !/json/.test(script.attribs.type ?? ''));
  const head = elements('head')[0];
  return {
    moduleScripts: scripts.flatMap((script) => (script.attribs.src ? [script.attribs.src] : [])),
    inlineScripts: scripts.filter((script) => !script.attribs.src).map((script) => DomUtils.textContent(script)),
    islands: elements('astro-island').map((island) => ({
      component: island.attribs['component-url'] ?? '',
      timing: timingOf(island.attribs.client),
      alongside: [island.attribs['renderer-url'], island.attribs['before-hydration-url']].filter((url): url is string => !!url),
      serverRendered: island.attribs.client !== 'only' && DomUtils.findOne((child) => child.name !== 'template', island.children, false) !== null,
    })),
    blockingStylesheets: head
      ? DomUtils.getElementsByTagName('link', head)
        .filter((link) => /\bstylesheet\b/.test(link.attribs.rel ?? '') && !link.attribs.disabled && (link.attribs.media ?? 'all') !== 'print')
        .map((link) => link.attribs.href ?? '')
      : [],
    inlineStyles: elements('style').map((style) => DomUtils.textContent(style)),
  };
}
