import {
  DocumentNode,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  GraphQLSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isIntrospectionType,
  isListType,
  isObjectType,
} from 'graphql';
import { ComplexityEstimator, fieldExtensionsEstimator, getComplexity } from 'graphql-query-complexity';

/** Arguments that cap how many items a field returns. */
const SIZE_ARGUMENTS = ['first', 'limit'];

/** How many items a list without a size argument (participants, evidence, ...) is assumed to hold. */
export const UNSIZED_LIST_ITEMS = 10;

/** The largest size the estimate takes from an argument: larger ones are the resolver's BAD_USER_INPUT to report. */
const LARGEST_SIZE = 1000;

/** What the estimate assumes when a size argument is left out (the services' defaults are 10 to 100). */
const DEFAULT_SIZE = 20;

/**
 * The cost model: every field costs 1 plus what it selects; a field with a `first` or `limit` argument multiplies
 * what it selects by that size (default 20), and so do the lists directly inside what it returns (a connection's
 * `edges`, a subgraph's `nodes` and `edges`) count once; any other list of objects counts as 10 items. Introspection
 * costs 1 a field (introspection depth is graphql-js's own rule). A field may set its own cost in its `complexity`
 * extension (type-graphql's `@Field({ complexity })`).
 */
export function costEstimators(schema: GraphQLSchema): ComplexityEstimator[] {
  const sizedTypes = typesReturnedBySizedFields(schema);
  const pageSizeEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
    if (isIntrospectionType(type)) return 1 + childComplexity;
    if (field.args.some((argument) => SIZE_ARGUMENTS.includes(argument.name))) {
      return 1 + childComplexity * sizeOf(args);
    }
    const listOfObjects = isListType(getNullableType(field.type)) && isCompositeType(getNamedType(field.type));
    if (listOfObjects && !sizedTypes.has(type.name)) return 1 + childComplexity * UNSIZED_LIST_ITEMS;
    return 1 + childComplexity;
  };
  return [fieldExtensionsEstimator(), pageSizeEstimator];
}

/**
 * What the estimate makes of an operation with its variables: its cost; or that its variables do not fit it (left to
 * execution to report, field by field); or that it is too large to estimate (more fields, fragments spread in
 * fragments included, than the estimator walks).
 */
export type CostEstimate = { cost: number } | { badVariables: true } | { tooLarge: true };

/** The estimated cost of the operation a request runs, with its variables. */
export function queryCost(
  schema: GraphQLSchema,
  estimators: ComplexityEstimator[],
  query: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): CostEstimate {
  const operation = getOperationAST(query, operationName);
  if (operation && getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}).errors) return { badVariables: true };
  try {
    return { cost: getComplexity({ schema, estimators, query, variables, operationName }) };
  } catch (error) {
    // With the variables checked above, the estimator refuses only an operation of too many nodes to walk.
    if (error instanceof GraphQLError) return { tooLarge: true };
    throw error;
  }
}

function sizeOf(args: Record<string, unknown>): number {
  const size = SIZE_ARGUMENTS.map((name) => args[name]).find((value): value is number => typeof value === 'number');
  if (size === undefined) return DEFAULT_SIZE;
  return Math.min(Math.max(size, 0), LARGEST_SIZE);
}

/** Object types that fields with a size argument return whole (connections, subgraphs): their lists are sized. */
function typesReturnedBySizedFields(schema: GraphQLSchema): Set<string> {
  const names = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const returned = getNullableType(field.type);
      if (field.args.some((argument) => SIZE_ARGUMENTS.includes(argument.name)) && isObjectType(returned)) names.add(returned.name);
    }
  }
  return names;
}
