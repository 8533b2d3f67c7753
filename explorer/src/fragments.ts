/** The shared fragments of a file by name: each starts with `fragment Name on Type {` and ends with a `}` alone on its line. */
export function fragmentsByName(text: string): ReadonlyMap<string, string> {
  return new Map([...text.matchAll(/^fragment (\w+)[\s\S]*?^\}$/gm)].map((match) => [match[1], match[0]]));
}

/** The operation followed by the fragments it spreads, directly or through another fragment, each once. */
export function withFragments(operation: string, fragments: ReadonlyMap<string, string>): string {
  const used = new Set<string>();
  const pending = [operation];
  while (pending.length > 0) {
    for (const match of (pending.pop() ?? '').matchAll(/\.\.\.\s*([A-Z]\w*)/g)) {
      const fragment = fragments.get(match[1]);
      if (fragment && !used.has(match[1])) {
        used.add(match[1]);
        pending.push(fragment);
      }
    }
  }
  return [operation, ...[...used].map((name) => fragments.get(name))].join('\n');
}
