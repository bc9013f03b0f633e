import { EVENT_ID, getScalarValue, parseEvents, type Event } from 'js-yaml';
import type { LineFinder } from '../content/checks/problem';

interface Frame {
  kind: 'document' | 'mapping' | 'sequence';
  /** Undefined inside a complex (non-text) mapping key, whose contents have no field path. */
  path: PropertyKey[] | undefined;
  key?: string;
  expectingKey: boolean;
  index: number;
}

/**
 * Maps each field path in a YAML text to the line it starts on, so a problem with
 * `modules[1].lessons[2]` points at that exact line. `firstLine` is the file line the text starts on
 * (2 for frontmatter after its opening `---`).
 */
export function createYamlLineFinder(yaml: string, firstLine = 1): LineFinder {
  const offsets = collectFieldOffsets(yaml);
  const lineStarts = [0, ...[...yaml.matchAll(/\n/g)].map((match) => match.index + 1)];
  const lineOf = (offset: number) => lineStarts.findLastIndex((start) => start <= offset) + firstLine;
  return (path) => {
    for (let length = path.length; length > 0; length--) {
      const offset = offsets.get(JSON.stringify(path.slice(0, length)));
      if (offset !== undefined) return lineOf(offset);
    }
    return undefined;
  };
}

function collectFieldOffsets(yaml: string): Map<string, number> {
  const offsets = new Map<string, number>();
  const stack: Frame[] = [];
  let events: Event[];
  try {
    events = parseEvents(yaml, {});
  } catch {
    return offsets;
  }
  for (const event of events) {
    if (event.type === EVENT_ID.POP) {
      stack.pop();
      continue;
    }
    if (event.type === EVENT_ID.DOCUMENT) {
      stack.push({ kind: 'document', path: [], expectingKey: false, index: 0 });
      continue;
    }
    const start = event.type === EVENT_ID.SCALAR ? event.valueStart : event.type === EVENT_ID.ALIAS ? event.anchorStart : event.start;
    const path = placeNode(stack[stack.length - 1], event.type === EVENT_ID.SCALAR ? getScalarValue(yaml, event) : undefined);
    if (path && path.length > 0 && start >= 0 && !offsets.has(JSON.stringify(path))) offsets.set(JSON.stringify(path), start);
    if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      stack.push({ kind: event.type === EVENT_ID.MAPPING ? 'mapping' : 'sequence', path, expectingKey: true, index: 0 });
    }
  }
  return offsets;
}

/** Works out a node's field path from its parent, and advances the parent past it. */
function placeNode(parent: Frame | undefined, scalarText: string | undefined): PropertyKey[] | undefined {
  if (!parent?.path) return undefined;
  if (parent.kind === 'document') return [];
  if (parent.kind === 'sequence') return [...parent.path, parent.index++];
  if (parent.expectingKey) {
    parent.expectingKey = false;
    parent.key = scalarText;
    // A key's line is the field's line; complex keys have no path.
    return scalarText === undefined ? undefined : [...parent.path, scalarText];
  }
  parent.expectingKey = true;
  return parent.key === undefined ? undefined : [...parent.path, parent.key];
}
