/**
 * Reachability over a document's dependency graph (`depends_on`, optionally attribute references): the graph
 * condensed into strongly connected components once per document, then answered per question by a search from both
 * ends (see `TerraformDocument.missingDependencies`).
 */
/** A dependency graph condensed into strongly connected components (cycles). */
export interface DependencyGraph {
  /**
   * The component of each address. Ids are in Tarjan's completion order: a component only depends on
   * components with lower ids, so a search from `a` for `b` skips every component outside [b, a].
   */
  readonly component: ReadonlyMap<string, number>;
  /** Per component: the other components it depends on directly, highest id first. */
  readonly successors: readonly (readonly number[])[];
  /** Per component: the other components that depend on it directly, lowest id first. */
  readonly predecessors: readonly (readonly number[])[];
  /** Per component: true when it holds a cycle (several members, or one that depends on itself). */
  readonly cyclic: readonly boolean[];
}

/** Tarjan's strongly connected components, iterative (no recursion however long a depends_on chain is). */
export function condense(edges: ReadonlyMap<string, readonly string[]>): DependencyGraph {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const component = new Map<string, number>();
  let components = 0;
  for (const root of edges.keys()) {
    if (index.has(root)) continue;
    const frames: Array<{ readonly node: string; readonly next: readonly string[]; i: number }> = [];
    const open = (node: string): void => {
      index.set(node, index.size);
      low.set(node, index.get(node)!);
      stack.push(node);
      onStack.add(node);
      frames.push({ node, next: edges.get(node) ?? [], i: 0 });
    };
    open(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      if (frame.i < frame.next.length) {
        const dep = frame.next[frame.i++];
        if (!index.has(dep)) open(dep);
        else if (onStack.has(dep)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(dep)!));
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.set(member, components);
        } while (member !== frame.node);
        components++;
      }
    }
  }
  const successors = Array.from({ length: components }, () => new Set<number>());
  const predecessors = Array.from({ length: components }, () => new Set<number>());
  const members = new Array<number>(components).fill(0);
  const selfLoop = new Array<boolean>(components).fill(false);
  for (const [node, deps] of edges) {
    const from = component.get(node)!;
    members[from]++;
    for (const dep of deps) {
      const to = component.get(dep)!;
      if (to === from) selfLoop[from] = true;
      else {
        successors[from].add(to);
        predecessors[to].add(from);
      }
    }
  }
  return {
    component,
    successors: successors.map((s) => [...s].sort((a, b) => b - a)),
    predecessors: predecessors.map((p) => [...p].sort((a, b) => a - b)),
    cyclic: selfLoop.map((loop, c) => loop || members[c] > 1),
  };
}

/**
 * True when component `from` reaches component `to` over at least one edge: a search forward from `from`
 * and backward from `to`, one edge each in turn, until they meet or either runs out.
 */
export function reaches(graph: DependencyGraph, from: number, to: number): boolean {
  if (from === to) return graph.cyclic[from];
  if (to > from) return false;
  // Only components with ids in [to, from] can lie on a path from `from` to `to`.
  const forward = new Frontier(graph.successors, from, (c) => c >= to);
  const backward = new Frontier(graph.predecessors, to, (c) => c <= from);
  for (;;) {
    const ahead = forward.step();
    if (ahead === undefined) return false;
    if (ahead !== null && backward.seen.has(ahead)) return true;
    const behind = backward.step();
    if (behind === undefined) return false;
    if (behind !== null && forward.seen.has(behind)) return true;
  }
}

/** One side of the search in {@link reaches}: discovers components one edge at a time, depth-first. */
class Frontier {
  /** The components discovered so far, the start included. */
  public readonly seen: Set<number>;
  private readonly todo: number[];
  private edges: readonly number[] = [];
  private next = 0;

  /**
   * @param adjacency edges per component, ordered so that once `admits` fails it fails for the rest
   * @param admits true for the components worth following
   */
  public constructor(
    private readonly adjacency: readonly (readonly number[])[],
    start: number,
    private readonly admits: (component: number) => boolean
  ) {
    this.seen = new Set([start]);
    this.todo = [start];
  }

  /** Follows one edge: the component it discovers, null when nothing new, undefined when exhausted. */
  public step(): number | null | undefined {
    while (this.next >= this.edges.length) {
      const component = this.todo.pop();
      if (component === undefined) return undefined;
      this.edges = this.adjacency[component];
      this.next = 0;
    }
    const component = this.edges[this.next++];
    if (!this.admits(component)) {
      this.next = this.edges.length;
      return null;
    }
    if (this.seen.has(component)) return null;
    this.seen.add(component);
    this.todo.push(component);
    return component;
  }
}
