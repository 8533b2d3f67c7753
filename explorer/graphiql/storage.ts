// Where GraphiQL keeps its state between visits: localStorage under this API's own namespace, but never the open tabs
// and their editors, so every visit opens on the project's examples (a visit that closed them cannot hide them).
import { createLocalStorage } from '@graphiql/toolkit';

/** The localStorage namespace: GraphiQL's keys become `diplomatic-events-graphiql:graphiql:<key>`. */
export const STORAGE_NAMESPACE = 'diplomatic-events-graphiql';

/** GraphiQL's keys (after its own `graphiql:` prefix) for the tabs and the editors' contents: not kept. */
const UNKEPT = ['tabState', 'query', 'variables'].map((key) => `graphiql:${key}`);

/** The Storage GraphiQL's `storage` prop takes (localStorage's shape). */
export type GraphiQLStorage = ReturnType<typeof createLocalStorage>;

/**
 * GraphiQL's storage: theme, open plugin, history and (when the analyst turns it on in the settings) headers are kept;
 * tabs, operations and variables are not. Without a usable localStorage (disabled, full) nothing is kept.
 */
export function examplesFirstStorage(): GraphiQLStorage {
  const local = createLocalStorage({ namespace: STORAGE_NAMESPACE });
  const kept = (key: string) => !UNKEPT.includes(key);
  const attempt = <T>(action: () => T, fallback: T): T => {
    try {
      return action();
    } catch {
      return fallback;
    }
  };
  return {
    getItem: (key) => (kept(key) ? attempt(() => local.getItem(key), null) : null),
    setItem: (key, value) => {
      if (kept(key)) attempt(() => local.setItem(key, value), undefined);
    },
    removeItem: (key) => attempt(() => local.removeItem(key), undefined),
    clear: () => attempt(() => local.clear(), undefined),
    get length() {
      return attempt(() => local.length, 0);
    },
  };
}
