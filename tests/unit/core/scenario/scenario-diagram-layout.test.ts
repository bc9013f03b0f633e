import { describe, expect, it } from 'vitest';
import { layoutScenarioDiagram, wrapText, type DiagramBox, type DiagramLayout } from '../../../../src/core/scenario/scenario-diagram-layout';
import { choice, diagnosis, ending, scenarioOf, scene, variable } from './sample-scenarios';
import { defined, itemAt } from '../../../support/defined';

const overlap = (a: DiagramBox, b: DiagramBox) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const node = (layout: DiagramLayout, id: string) => defined(layout.nodes.find((candidate) => candidate.id === id), `node ${id}`);
const edge = (layout: DiagramLayout, id: string) => defined(layout.edges.find((candidate) => candidate.id === id), `edge ${id}`);

/** Every x,y pair a path passes through (M, C and L points, and the corners of H/V runs). */
function pathPoints(path: string): { x: number; y: number }[] {
  const points: { x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  for (const [, command, args = ''] of path.matchAll(/([MCHV])([^MCHV]*)/g)) {
    const numbers = args.trim().split(/[\s,]+/).map(Number);
    if (command === 'H') x = itemAt(numbers, 0);
    else if (command === 'V') y = itemAt(numbers, 0);
    else [x, y] = numbers.slice(-2) as [number, number];
    points.push({ x, y });
  }
  return points;
}

describe('wrapping text for the diagram', () => {
  it('breaks at spaces, and cuts words longer than a line', () => {
    expect(wrapText('So what is your diagnosis, then?', 12)).toEqual(['So what is', 'your', 'diagnosis,', 'then?']);
    expect(wrapText('a-very-long-choice-id', 8)).toEqual(['a-very-l', 'ong-choi', 'ce-id']);
    expect(wrapText('  ', 8)).toEqual([]);
  });
});

describe('laying out a scenario diagram', () => {
  const layout = layoutScenarioDiagram(diagnosis);

  it('puts each scene in the column of its shortest distance from the start', () => {
    expect(Object.fromEntries(layout.nodes.map((entry) => [entry.id, entry.column]))).toEqual({
      intro: 0, 'after-share': 1, 'after-deflect': 1, 'ending-open': 2, 'ending-closed': 2,
    });
    expect(node(layout, 'intro').isStart).toBe(true);
    expect(node(layout, 'ending-open').kind).toBe('ending');
    const columnsLeftToRight = [0, 1, 2].map((column) => defined(layout.nodes.find((entry) => entry.column === column), `a node in column ${column}`).x);
    expect(columnsLeftToRight).toEqual([...columnsLeftToRight].sort((a, b) => a - b));
  });

  it('draws one arrow per choice, labelled with its id and, when it has one, its condition', () => {
    expect(layout.edges.map((entry) => entry.id).sort()).toEqual(
      ['ask-back', 'check-in', 'deflect', 'invite-others', 'move-on', 'say-more', 'share-briefly'],
    );
    expect(edge(layout, 'deflect')).toMatchObject({ from: 'intro', to: 'after-deflect', conditional: true, route: 'forward' });
    expect(edge(layout, 'deflect').lines.map((line) => line.text)).toEqual(['deflect', 'when trust>=1']);
    expect(edge(layout, 'ask-back').conditional).toBe(false);
  });

  it('keeps boxes and labels apart, and everything inside the drawing', () => {
    const boxes = [...layout.nodes, ...layout.edges.map((entry) => entry.label)];
    boxes.forEach((box, index) => boxes.slice(index + 1).forEach((other) => expect(overlap(box, other)).toBe(false)));
    for (const box of boxes) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(layout.width);
      expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
    }
  });

  it('gives two choices between the same scenes two separate arrows', () => {
    const [deflect, askBack] = [edge(layout, 'deflect'), edge(layout, 'ask-back')];
    expect(deflect.path).not.toBe(askBack.path);
    expect(deflect.label.y).not.toBe(askBack.label.y);
  });

  it('runs arrows from the right side of their scene to the left side of their target', () => {
    for (const entry of layout.edges) {
      const points = pathPoints(entry.path);
      const [from, to] = [node(layout, entry.from), node(layout, entry.to)];
      expect(itemAt(points, 0).x).toBe(from.x + from.width);
      expect(itemAt(points, -1).x).toBe(to.x);
      expect(itemAt(points, -1).y).toBeGreaterThan(to.y);
      expect(itemAt(points, -1).y).toBeLessThan(to.y + to.height);
    }
  });
});

describe('arrows that go back', () => {
  const looping = scenarioOf([
    scene('start', [choice('go', 'middle'), choice('stay', 'start', { when: 'tries<2', sets: 'tries:+1' })]),
    scene('middle', [choice('again', 'start'), choice('sideways', 'other'), choice('finish', 'end')]),
    scene('other', [choice('back-to-middle', 'middle'), choice('done', 'end')]),
    ending('end'),
  ], { variables: [variable('tries', 0, 0, 2)] });
  const layout = layoutScenarioDiagram(looping);

  it('run each on its own lane under every box, and never through one', () => {
    const lanes = layout.edges.filter((entry) => entry.route === 'lane');
    // done: other and end are both two choices from the start, so it runs within a column.
    expect(lanes.map((entry) => entry.id).sort()).toEqual(['again', 'back-to-middle', 'done', 'stay']);
    const lowestBox = Math.max(...layout.nodes.map((entry) => entry.y + entry.height));
    const laneYs = lanes.map((entry) => Math.max(...pathPoints(entry.path).map((point) => point.y)));
    expect(new Set(laneYs).size).toBe(lanes.length);
    for (const y of laneYs) expect(y).toBeGreaterThan(lowestBox);
    for (const entry of lanes) {
      const points = pathPoints(entry.path);
      // Every vertical run lies in the space between columns, outside all boxes.
      for (const point of points.slice(1, -1)) {
        for (const box of layout.nodes) expect(point.x > box.x && point.x < box.x + box.width).toBe(false);
      }
      expect(Math.max(...points.map((point) => point.y))).toBeLessThanOrEqual(layout.height);
      expect(Math.min(...points.map((point) => point.x))).toBeGreaterThanOrEqual(0);
    }
  });

  it('has room to the left of the first column for arrows coming back to the start', () => {
    expect(node(layout, 'start').x).toBeGreaterThan(24);
  });
});

describe('custom text', () => {
  it('uses the page’s words for boxes and labels, wrapped to the box', () => {
    const layout = layoutScenarioDiagram(diagnosis, {
      nodeText: (entry) => (entry.kind === 'ending' ? ['Ending: ' + entry.id, 'safety: 0 to 3'] : [entry.id]),
      edgeText: (entry) => [entry.text],
      nodeWidth: 140,
    });
    expect(node(layout, 'ending-open').lines).toEqual([
      { text: 'Ending:', source: 0 }, { text: 'ending-open', source: 0 }, { text: 'safety: 0 to 3', source: 1 },
    ]);
    expect(edge(layout, 'deflect').lines.map((line) => line.text).join(' ')).toBe('Choose deflect');
  });

  it('still lays out scenes no play reaches, in a column after the rest', () => {
    const layout = layoutScenarioDiagram(scenarioOf([scene('a', [choice('x', 'end')]), scene('lost', [choice('y', 'end')]), ending('end')]));
    expect(node(layout, 'lost').column).toBe(2);
  });
});
