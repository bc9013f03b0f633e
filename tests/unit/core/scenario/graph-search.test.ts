import { describe, expect, it } from 'vitest';
import { findClosedCycles, findReachable, findStronglyConnected, reverseGraph } from '../../../../src/core/scenario/graph-search';

describe('graph search', () => {
  const graph = [[1], [2], [1, 3], [], [4]]; // 0 → 1 ⇄ 2 → 3; 4 loops on itself, unreachable

  it('finds reachable nodes, forwards and backwards', () => {
    expect(findReachable(graph, [0])).toEqual([true, true, true, true, false]);
    expect(findReachable(reverseGraph(graph), [3])).toEqual([true, true, true, true, false]);
  });

  it('finds strongly connected components, each after the components it leads to', () => {
    expect(findStronglyConnected(graph)).toEqual([[3], [1, 2], [0], [4]]);
  });

  it('finds cycles that cannot be left among the included nodes', () => {
    expect(findClosedCycles(graph, [true, true, true, false, true])).toEqual([[1, 2], [4]]);
    expect(findClosedCycles(graph, [true, true, true, true, false])).toEqual([]);
  });

  it('handles graphs deeper than the call stack', () => {
    const chain = Array.from({ length: 200_000 }, (_, node) => (node + 1 < 200_000 ? [node + 1] : [0]));
    expect(findStronglyConnected(chain)).toHaveLength(1);
  });
});
