/**
 * Groups joined when they reach one object (union-find): a group's root is the smallest group joined to it, so the
 * computer's findings (group 0) keep what they share. Used where a shard's computer is cut into lines
 * (`shard-lines.ts`) and where a long line is read back in those parts (`shard-long-line.ts`).
 */
export class JoinedGroups {
  private readonly parent: number[] = [];

  constructor(count = 0) {
    for (let i = 0; i < count; i++) this.parent.push(i);
  }

  /** A new group of its own; its number. */
  add(): number {
    const g = this.parent.length;
    this.parent.push(g);
    return g;
  }

  find(g: number): number {
    const parent = this.parent;
    while (parent[g] !== g) {
      parent[g] = parent[parent[g]!]!;
      g = parent[g]!;
    }
    return g;
  }

  union(x: number, y: number): void {
    const a = this.find(x);
    const b = this.find(y);
    if (a !== b) this.parent[Math.max(a, b)] = Math.min(a, b);
  }
}
