import { formatConditions } from './condition';
import type { ChoiceDef, ScenarioDefinition, SceneDef } from './scenario-definition';
import { indexScenes } from './scene-index';

/**
 * A layered drawing of a scenario for the trainer view: scenes and endings in columns by their
 * shortest distance (in choices) from the start, rows within a column ordered to keep lines
 * short, and every choice as an arrow with a label. Pure geometry in SVG user units: the page
 * draws it, and text is measured by an average character width (no DOM here).
 *
 * Arrows to the next column are curves from the right side of one box to the left side of the
 * other. Every other arrow (back to an earlier column, within a column, to the same scene) leaves
 * to the right, runs along its own lane under the drawing and comes up into the target from the
 * left, so no arrow ever runs through a box. With breadth-first columns, no arrow skips a column.
 */

export interface DiagramOptions {
  nodeWidth?: number;
  /** Average width of one character of the diagram's font, in user units. */
  charWidth?: number;
  lineHeight?: number;
  /** Space inside a box around its text. */
  padding?: number;
  /** Least space between two columns; widened to fit the widest choice label. */
  columnGap?: number;
  rowGap?: number;
  margin?: number;
  /** Longest line of a choice label, in characters, before it wraps. */
  labelChars?: number;
  /** A box's text, before wrapping; the first line is drawn bold. Default: id, then title or setting. */
  nodeText?: (scene: SceneDef) => string[];
  /** A choice's label, before wrapping. Default: its id, then "when …" for a conditional choice. */
  edgeText?: (choice: ChoiceDef) => string[];
}

/** One wrapped line of text; `source` is the index of the unwrapped line it came from. */
export interface DiagramLine {
  text: string;
  source: number;
}

export interface DiagramBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DiagramNode extends DiagramBox {
  id: string;
  kind: SceneDef['kind'];
  column: number;
  row: number;
  isStart: boolean;
  lines: DiagramLine[];
}

export interface DiagramEdge {
  /** The choice's id (unique within the scenario). */
  id: string;
  from: string;
  to: string;
  /** Offered only when its conditions hold. */
  conditional: boolean;
  /** `forward` to the next column; `lane` for every arrow routed under the drawing. */
  route: 'forward' | 'lane';
  /** SVG path data, ending at the target's left side, pointing right. */
  path: string;
  lines: DiagramLine[];
  /** Where the label's box sits; its text is centred in it. */
  label: DiagramBox;
}

export interface DiagramLayout {
  width: number;
  height: number;
  lineHeight: number;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

const defaults = {
  nodeWidth: 200, charWidth: 7.6, lineHeight: 18, padding: 10, columnGap: 120, rowGap: 28, margin: 24, labelChars: 24,
};

/** Text broken at spaces into lines of at most `maxChars` (longer words are cut). */
export function wrapText(text: string, maxChars: number): string[] {
  const limit = Math.max(1, Math.floor(maxChars));
  const lines: string[] = [];
  let line = '';
  for (let word of text.trim().split(/\s+/).filter(Boolean)) {
    while (word.length > limit) {
      if (line) lines.push(line);
      lines.push(word.slice(0, limit));
      word = word.slice(limit);
      line = '';
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= limit) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const wrapLines = (texts: readonly string[], maxChars: number): DiagramLine[] =>
  texts.flatMap((text, source) => wrapText(text, maxChars).map((line) => ({ text: line, source })));

/** Shortest distance in choices from the start; scenes no play reaches go in one column after the rest. */
function assignColumns(scenario: ScenarioDefinition, scenes: Map<string, SceneDef>): Map<string, number> {
  const column = new Map<string, number>();
  if (scenes.has(scenario.start)) column.set(scenario.start, 0);
  const queue = [...column.keys()];
  for (let next = 0; next < queue.length; next++) {
    const id = queue[next] as string;
    for (const choice of scenes.get(id)?.choices ?? []) {
      if (scenes.has(choice.to) && !column.has(choice.to)) {
        column.set(choice.to, (column.get(id) as number) + 1);
        queue.push(choice.to);
      }
    }
  }
  const unreached = column.size === 0 ? 0 : Math.max(...column.values()) + 1;
  for (const id of scenes.keys()) if (!column.has(id)) column.set(id, unreached);
  return column;
}

/** Rows within each column: by the average row of the boxes leading in from the column before (one barycentre pass). */
function orderRows(scenes: Map<string, SceneDef>, column: Map<string, number>): string[][] {
  const authored = [...scenes.keys()];
  const columns: string[][] = [];
  for (const id of authored) (columns[column.get(id) as number] ??= []).push(id);
  const row = new Map<string, number>();
  const predecessors = new Map<string, string[]>();
  for (const scene of scenes.values()) {
    for (const choice of scene.choices) if (scenes.has(choice.to)) predecessors.set(choice.to, [...(predecessors.get(choice.to) ?? []), scene.id]);
  }
  return columns.map((ids, index) => {
    const weight = (id: string) => {
      const before = (predecessors.get(id) ?? []).filter((from) => column.get(from) === index - 1).map((from) => row.get(from) as number);
      return before.length === 0 ? Infinity : before.reduce((sum, value) => sum + value, 0) / before.length;
    };
    const ordered = ids
      .map((id, position) => ({ id, position, weight: weight(id) }))
      .sort((a, b) => a.weight - b.weight || a.position - b.position)
      .map((entry) => entry.id);
    ordered.forEach((id, position) => row.set(id, position));
    return ordered;
  });
}

/** Evenly spread points along a side: the i-th of n. */
const spread = (start: number, length: number, index: number, count: number) => start + (length * (index + 1)) / (count + 1);

export function layoutScenarioDiagram(scenario: ScenarioDefinition, options: DiagramOptions = {}): DiagramLayout {
  const o = { ...defaults, ...options };
  const nodeText = options.nodeText ?? ((scene: SceneDef) => [scene.id, ...[scene.title ?? scene.setting ?? ''].filter(Boolean)]);
  const edgeText = options.edgeText ?? ((choice: ChoiceDef) => [choice.id, ...(choice.when.length > 0 ? [`when ${formatConditions(choice.when)}`] : [])]);
  const scenes = indexScenes(scenario);
  const column = assignColumns(scenario, scenes);
  const columns = orderRows(scenes, column);

  const choices = [...scenes.values()].flatMap((scene) => scene.choices.filter((choice) => scenes.has(choice.to)).map((choice) => ({ from: scene.id, choice })));
  const labelPadding = 4;
  const labels = choices.map(({ choice }) => {
    const lines = wrapLines(edgeText(choice), o.labelChars);
    // Labels start with a bold id, which runs a tenth wider than the average.
    const widest = Math.max(1, ...lines.map((line) => line.text.length * (line.source === 0 ? 1.1 : 1)));
    return { lines, width: Math.ceil(widest * o.charWidth) + 4 * labelPadding, height: lines.length * o.lineHeight + labelPadding };
  });
  const labelHeight = Math.max(o.lineHeight, ...labels.map((label) => label.height));
  const isForward = (from: string, to: string) => (column.get(to) as number) === (column.get(from) as number) + 1;

  // Boxes tall enough that arrows leaving or entering a side are well apart (separateLabels moves labels that still meet).
  const degree = (id: string) => Math.max(choices.filter((edge) => edge.from === id).length, choices.filter((edge) => edge.choice.to === id).length);
  const gap = Math.max(o.columnGap, Math.max(0, ...labels.map((label) => label.width)) + 48);
  // Lane arrows into the first column come up to the left of it: leave them room.
  const lanesIntoFirst = choices.filter(({ from, choice }) => !isForward(from, choice.to) && column.get(choice.to) === 0).length;
  const left = o.margin + (lanesIntoFirst > 0 ? 12 + 8 * lanesIntoFirst : 0);
  const nodes = new Map<string, DiagramNode>();
  const textChars = (o.nodeWidth - 2 * o.padding) / o.charWidth;
  const heights = columns.map((ids) => ids.map((id) => {
    const lines = wrapLines(nodeText(scenes.get(id) as SceneDef), textChars);
    const height = Math.max(lines.length * o.lineHeight + 2 * o.padding, (degree(id) + 1) * (labelHeight / 2 + 6));
    return { id, lines, height };
  }));
  const columnHeight = heights.map((boxes) => boxes.reduce((sum, box) => sum + box.height, 0) + o.rowGap * Math.max(0, boxes.length - 1));
  const tallest = Math.max(0, ...columnHeight);
  heights.forEach((boxes, index) => {
    let y = o.margin + (tallest - (columnHeight[index] as number)) / 2;
    boxes.forEach((box, row) => {
      const node = scenes.get(box.id) as SceneDef;
      nodes.set(box.id, {
        id: box.id, kind: node.kind, column: index, row, isStart: box.id === scenario.start, lines: box.lines,
        x: left + index * (o.nodeWidth + gap), y, width: o.nodeWidth, height: box.height,
      });
      y += box.height + o.rowGap;
    });
  });

  // Ports: arrows leave a box's right side ordered by where they go, and enter its left side ordered by where they come from; lane arrows last (lowest).
  const at = (id: string) => nodes.get(id) as DiagramNode;
  const sortKey = (from: string, to: string, end: 'out' | 'in') => (isForward(from, to) ? at(end === 'out' ? to : from).y : Infinity);
  const port = (edgeIndex: number, end: 'out' | 'in') => {
    const edge = choices[edgeIndex] as (typeof choices)[number];
    const own = end === 'out' ? edge.from : edge.choice.to;
    const siblings = choices
      .map((candidate, index) => ({ candidate, index }))
      .filter(({ candidate }) => (end === 'out' ? candidate.from : candidate.choice.to) === own)
      .sort((a, b) => sortKey(a.candidate.from, a.candidate.choice.to, end) - sortKey(b.candidate.from, b.candidate.choice.to, end) || a.index - b.index);
    const node = at(own);
    return spread(node.y, node.height, siblings.findIndex((sibling) => sibling.index === edgeIndex), siblings.length);
  };

  const bottom = o.margin + tallest;
  const laneGap = labelHeight + 12;
  const gapUse = new Map<string, number>();
  const laneX = (key: string, base: number, direction: 1 | -1) => {
    const used = gapUse.get(key) ?? 0;
    gapUse.set(key, used + 1);
    return base + direction * (12 + used * 8);
  };
  let lanes = 0;
  const edges: DiagramEdge[] = choices.map(({ from, choice }, index) => {
    const source = at(from);
    const target = at(choice.to);
    const label = labels[index] as (typeof labels)[number];
    const sx = source.x + source.width;
    const sy = port(index, 'out');
    const tx = target.x;
    const ty = port(index, 'in');
    const base = { id: choice.id, from, to: choice.to, conditional: choice.when.length > 0, lines: label.lines };
    if (isForward(from, choice.to)) {
      const bend = (tx - sx) / 2;
      return {
        ...base, route: 'forward', path: `M${sx} ${sy}C${sx + bend} ${sy} ${tx - bend} ${ty} ${tx} ${ty}`,
        label: { x: (sx + tx - label.width) / 2, y: (sy + ty - label.height) / 2, width: label.width, height: label.height },
      };
    }
    const down = laneX(`out:${source.column}`, sx, 1);
    const up = laneX(`in:${target.column}`, tx, -1);
    const ly = bottom + laneGap * ++lanes;
    return {
      ...base, route: 'lane', path: `M${sx} ${sy}H${down}V${ly}H${up}V${ty}H${tx}`,
      label: { x: (down + up - label.width) / 2, y: ly - label.height / 2, width: label.width, height: label.height },
    };
  });

  separateLabels(edges.filter((edge) => edge.route === 'forward'), (edge) => at(edge.from).column);

  const right = Math.max(0, ...[...nodes.values()].map((node) => node.x + node.width), ...edges.map((edge) => edge.label.x + edge.label.width), ...edges.flatMap(pathXs));
  return {
    width: right + o.margin,
    height: bottom + o.margin + (lanes > 0 ? laneGap * lanes + labelHeight / 2 : 0),
    lineHeight: o.lineHeight,
    nodes: [...nodes.values()],
    edges,
  };
}

/** The x coordinates a path visits (its H and M/C x values), to size the drawing. */
function pathXs(edge: DiagramEdge): number[] {
  return [...edge.path.matchAll(/[MH](-?[\d.]+)/g)].map((match) => Number(match[1]));
}

/** Labels in the same gap that would overlap are moved down, in order, until none does. */
function separateLabels(edges: readonly DiagramEdge[], gapOf: (edge: DiagramEdge) => number): void {
  const byGap = new Map<number, DiagramEdge[]>();
  for (const edge of edges) byGap.set(gapOf(edge), [...(byGap.get(gapOf(edge)) ?? []), edge]);
  for (const inGap of byGap.values()) {
    const placed: DiagramBox[] = [];
    for (const edge of [...inGap].sort((a, b) => a.label.y - b.label.y)) {
      const overlaps = (box: DiagramBox) =>
        box.x < edge.label.x + edge.label.width && edge.label.x < box.x + box.width &&
        box.y < edge.label.y + edge.label.height + 2 && edge.label.y < box.y + box.height + 2;
      for (let clash = placed.find(overlaps); clash; clash = placed.find(overlaps)) edge.label.y = clash.y + clash.height + 2;
      placed.push(edge.label);
    }
  }
}
