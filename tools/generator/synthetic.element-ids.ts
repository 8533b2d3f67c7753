/**
 * The element ids of the nodes a load writes or reuses, by node id. Element ids are opaque strings, but those of one
 * database share a long prefix (for Neo4j 5, about 40 of their 45 characters); relationship rows carry only what
 * follows the longest prefix common to all of them, and the statement puts it back (`$prefix + row.a`). That is a
 * third of the bytes a load sends: a million MENTIONS rows are mostly element ids.
 */
export class ElementIds {
  private readonly byId = new Map<string, string>();
  private common: string | undefined;

  set(id: string, elementId: string): void {
    this.byId.set(id, elementId);
    this.common = this.common === undefined ? elementId : commonPrefix(this.common, elementId);
  }

  /** Drops the element ids of nodes nothing will link to any more (events and sources of earlier slices). */
  forget(ids: Iterable<string>): void {
    for (const id of ids) this.byId.delete(id);
  }

  get size(): number {
    return this.byId.size;
  }

  /** The prefix every element id so far starts with. */
  get prefix(): string {
    return this.common ?? '';
  }

  /** The element id of a node without the common prefix; throws for a node neither written nor reused. */
  suffix(id: string): string {
    const elementId = this.byId.get(id);
    if (elementId === undefined) throw new Error(`No node ${id} to link to`);
    return elementId.slice(this.prefix.length);
  }
}

function commonPrefix(a: string, b: string): string {
  let length = 0;
  const max = Math.min(a.length, b.length);
  while (length < max && a.charCodeAt(length) === b.charCodeAt(length)) length += 1;
  return a.slice(0, length);
}
