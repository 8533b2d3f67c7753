import { FieldNode, GraphQLResolveInfo, OperationDefinitionNode, VariableNode, visit } from 'graphql';
import { AstMemo } from '../common/ast-memo';

/** Memos kept per field of a document: a document whose selection varies more than this is recomputed. */
const memos = new AstMemo<FieldNode, unknown>(64);
const directiveVariables = new WeakMap<OperationDefinitionNode, string[]>();

/**
 * What a resolver derives from its selection alone (a prefetch statement, the properties an operation reads),
 * computed once per document rather than once per request (see AstMemo), keyed on the field's AST node. Within it,
 * the entry is per `key` (what is derived, at which path) and per value of the variables that directives read
 * (@skip/@include change the selection); no other variable can change it.
 */
export function perSelection<T>(info: GraphQLResolveInfo, key: string, compute: () => T): T {
  const directives = JSON.stringify(variablesOfDirectives(info).map((name) => info.variableValues[name] ?? null));
  return memos.get(info.fieldNodes[0], `${info.fieldNodes.length}|${key}|${directives}`, compute) as T;
}

/** The variables any directive of the operation or of its fragments reads. */
function variablesOfDirectives(info: GraphQLResolveInfo): string[] {
  let names = directiveVariables.get(info.operation);
  if (!names) {
    const found = new Set<string>();
    let inDirective = 0;
    const visitor = {
      Directive: { enter: () => void (inDirective += 1), leave: () => void (inDirective -= 1) },
      Variable: (variable: VariableNode) => void (inDirective > 0 && found.add(variable.name.value)),
    };
    for (const node of [info.operation, ...Object.values(info.fragments)]) visit(node, visitor);
    names = [...found].sort();
    directiveVariables.set(info.operation, names);
  }
  return names;
}
