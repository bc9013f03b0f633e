/** A directed graph as successor lists: node i leads to each of successors[i]. */
export type Successors = readonly (readonly number[])[];

/** Which nodes can be reached from the given ones (the given ones included). */
export function findReachable(successors: Successors, from: readonly number[]): boolean[] {
  const reached = successors.map(() => false);
  const queue = [...from];
  for (const node of queue) reached[node] = true;
  for (let next = 0; next < queue.length; next++) {
    for (const successor of successors[queue[next] as number] ?? []) {
      if (!reached[successor]) {
        reached[successor] = true;
        queue.push(successor);
      }
    }
  }
  return reached;
}

/** The same graph with every edge turned round. */
export function reverseGraph(successors: Successors): number[][] {
  const predecessors: number[][] = successors.map(() => []);
  successors.forEach((targets, node) => targets.forEach((target) => predecessors[target]?.push(node)));
  return predecessors;
}

/**
 * Strongly connected components (Tarjan), each a list of nodes; a component comes after every
 * component it leads to. Iterative, because state graphs can be deeper than the call stack.
 */
export function findStronglyConnected(successors: Successors): number[][] {
  const count = successors.length;
  const order = new Int32Array(count).fill(-1);
  const lowest = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;
  const visit = (node: number) => {
    order[node] = lowest[node] = counter++;
    stack.push(node);
    onStack[node] = 1;
  };
  for (let root = 0; root < count; root++) {
    if (order[root] !== -1) continue;
    visit(root);
    const frames: [node: number, edge: number][] = [[root, 0]];
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as [number, number];
      const [node, edge] = frame;
      const targets = successors[node] as readonly number[];
      if (edge < targets.length) {
        frame[1] = edge + 1;
        const target = targets[edge] as number;
        if (order[target] === -1) {
          visit(target);
          frames.push([target, 0]);
        } else if (onStack[target]) {
          lowest[node] = Math.min(lowest[node] as number, order[target] as number);
        }
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent !== undefined) lowest[parent[0]] = Math.min(lowest[parent[0]] as number, lowest[node] as number);
      if (lowest[node] === order[node]) {
        const component: number[] = [];
        let member: number;
        do {
          member = stack.pop() as number;
          onStack[member] = 0;
          component.push(member);
        } while (member !== node);
        components.push(component.sort((a, b) => a - b));
      }
    }
  }
  return components;
}

/** Whether a component has a cycle: more than one node, or a node leading to itself. */
export function isCyclic(component: readonly number[], successors: Successors): boolean {
  const [only] = component;
  return component.length > 1 || (only !== undefined && (successors[only] ?? []).includes(only));
}

/**
 * Cycles that cannot be left: the cyclic components of the subgraph of `included` nodes with no
 * edge out of the component to another included node. Each is a list of nodes, smallest first.
 */
export function findClosedCycles(successors: Successors, included: readonly boolean[]): number[][] {
  const subgraph = successors.map((targets, node) => (included[node] ? targets.filter((target) => included[target]) : []));
  const components = findStronglyConnected(subgraph);
  const componentOf = new Int32Array(successors.length);
  components.forEach((component, index) => component.forEach((node) => (componentOf[node] = index)));
  const isClosed = (component: readonly number[], index: number) =>
    component.every((node) => (subgraph[node] ?? []).every((target) => componentOf[target] === index));
  return components
    .filter((component, index) => included[component[0] as number] && isCyclic(component, subgraph) && isClosed(component, index))
    .sort((a, b) => (a[0] as number) - (b[0] as number));
}
