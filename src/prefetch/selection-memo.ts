import { FieldNode, GraphQLResolveInfo, Kind, OperationDefinitionNode, visit } from 'graphql';

/** Memos kept per field of a document: a document whose selection varies more than this is recomputed. */
const MAX_ENTRIES_PER_FIELD = 64;

const memos = new WeakMap<FieldNode, Map<string, unknown>>();
const directiveVariables = new WeakMap<OperationDefinitionNode, string[]>();

/**
 * What a resolver derives from its selection alone (a prefetch statement, the properties an operation reads),
 * computed once per document rather than once per request. Apollo Server keeps each parsed and validated document
 * and hands the same AST to every request that sends it, so the field's AST node keys the memo (a WeakMap: it goes
 * with the document). Within it, the entry is per `key` (what is derived, at which path) and per value of the
 * variables that directives read (@skip/@include change the selection); no other variable can change it.
 */
export function perSelection<T>(info: GraphQLResolveInfo, key: string, compute: () => T): T {
  const field = info.fieldNodes[0];
  let entries = memos.get(field);
  if (!entries) memos.set(field, (entries = new Map()));
  const full = `${info.fieldNodes.length}|${key}|${JSON.stringify(variablesOfDirectives(info).map((name) => info.variableValues[name] ?? null))}`;
  if (entries.has(full)) return entries.get(full) as T;
  const value = compute();
  if (entries.size >= MAX_ENTRIES_PER_FIELD) entries.clear();
  entries.set(full, value);
  return value;
}

/** The variables any directive of the operation or of its fragments reads. */
function variablesOfDirectives(info: GraphQLResolveInfo): string[] {
  let names = directiveVariables.get(info.operation);
  if (!names) {
    const found = new Set<string>();
    const visitor = {
      [Kind.DIRECTIVE](directive: { arguments?: readonly { value: unknown }[] }) {
        visit(directive as never, { [Kind.VARIABLE]: (variable: { name: { value: string } }) => void found.add(variable.name.value) });
      },
    };
    visit(info.operation, visitor);
    for (const fragment of Object.values(info.fragments)) visit(fragment, visitor);
    names = [...found].sort();
    directiveVariables.set(info.operation, names);
  }
  return names;
}
