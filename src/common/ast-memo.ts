/**
 * Values derived from a node of a parsed document (and a key), remembered while the document lives: Apollo Server
 * keeps each parsed and validated document and hands every request that sends it the same AST, so work that depends
 * only on the document is done once, not per request. Keyed weakly (it goes with the document); a node keeps at most
 * `maxEntries` keys, then starts over.
 */
export class AstMemo<Node extends object, Value> {
  private readonly byNode = new WeakMap<Node, Map<string, Value>>();

  constructor(private readonly maxEntries: number) {}

  get(node: Node, key: string, compute: () => Value): Value {
    let entries = this.byNode.get(node);
    if (!entries) this.byNode.set(node, (entries = new Map<string, Value>()));
    if (entries.has(key)) return entries.get(key) as Value;
    const value = compute();
    if (entries.size >= this.maxEntries) entries.clear();
    entries.set(key, value);
    return value;
  }
}
