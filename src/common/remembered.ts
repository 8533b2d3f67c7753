/**
 * `compute` remembered per key, for the life of the returned function: for values derived again and again from a
 * few distinct keys (calendar arithmetic on a few thousand days, a page statement's parts per variable name).
 */
export function remembered<T>(compute: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      value = compute(key);
      known.set(key, value);
    }
    return value;
  };
}
