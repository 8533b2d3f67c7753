import { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { DocumentNode, GraphQLError, GraphQLSchema, ValidationContext, ValidationRule } from 'graphql';
import { isQueryLimitError, queryLimitError, QueryLimitName } from './limit-error';
import { CostEstimate, costEstimators, queryCost } from './query-cost';
import { AstMemo } from '../common/ast-memo';

/** Limits on each GraphQL request, all checked before anything runs (README, "Limits"). */
export interface QueryLimits {
  /** Nesting of fields (fragments flattened; `__schema` introspection excluded). MAX_DEPTH. */
  depth: number;
  /** Estimated cost: fields, multiplied by `first`/`limit` of the lists they are in (src/security/query-cost.ts). MAX_COST. */
  cost: number;
  /** Aliased fields in an operation (`__typename` too). MAX_ALIASES. */
  aliases: number;
  /** Directives in an operation (`@include`, `@skip`, unknown ones). MAX_DIRECTIVES. */
  directives: number;
  /** Lexical tokens of the document (names, punctuation, values). MAX_TOKENS. */
  tokens: number;
  /** Characters of the document (`query`). MAX_QUERY_CHARS. */
  characters: number;
}

/** Defaults: every example operation, benchmark query and test passes with room to spare; the attacks do not. */
export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  depth: 8,
  cost: 50000,
  aliases: 15,
  directives: 8,
  tokens: 500,
  characters: 10000,
};

/** Apollo Server options that enforce the limits on depth, aliases, directives and cost (characters and tokens: src/http/document-limits.ts). */
export interface QueryLimitOptions {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin[];
}

/**
 * Depth, aliases and directives are graphql-armor validation rules (tokens and characters are counted before parsing); cost
 * (graphql-query-complexity) needs the request's variables, so a plugin checks it once the operation is known and
 * before it executes. A refused request gets only the limit's error, not a flood of other validation errors.
 */
export function queryLimitOptions(limits: QueryLimits, schema: GraphQLSchema): QueryLimitOptions {
  return {
    validationRules: [
      maxDepthRule({
        n: limits.depth,
        flattenFragments: true,
        ignoreIntrospection: true,
        propagateOnRejection: false,
        onReject: [reject('depth', limits.depth)],
      }),
      maxAliasesRule({ n: limits.aliases, allowList: [], propagateOnRejection: false, onReject: [reject('aliases', limits.aliases)] }),
      maxDirectivesRule({ n: limits.directives, propagateOnRejection: false, onReject: [reject('directives', limits.directives)] }),
    ],
    plugins: [costLimitPlugin(limits.cost, schema), onlyLimitErrorsPlugin()],
  };
}

/** An armor rule's rejection, reported as the limit's error (armor's message says what was found). */
function reject(limit: QueryLimitName, max: number) {
  return (context: ValidationContext | null, error: GraphQLError): void => {
    const message = error.message.replace(/^Syntax Error: /, '');
    const found = /found (\d+)/.exec(message);
    context?.reportError(queryLimitError(limit, max, found ? Number(found[1]) : undefined, message));
  };
}

/** Refuses an operation whose estimated cost, with its variables, is above `max`, before it executes. */
function costLimitPlugin(max: number, schema: GraphQLSchema): ApolloServerPlugin {
  const estimators = costEstimators(schema);
  const costs = new CostMemo();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const estimate = costs.get(document, request.operationName ?? undefined, request.variables, () =>
            queryCost(schema, estimators, document, request.variables, request.operationName ?? undefined),
          );
          if ('tooLarge' in estimate) {
            throw queryLimitError('cost', max, undefined, `The query is too costly to estimate; at most ${max} is allowed.`);
          }
          if ('cost' in estimate && estimate.cost > max) {
            throw queryLimitError('cost', max, estimate.cost, `The query's estimated cost is ${estimate.cost}; at most ${max} is allowed.`);
          }
        },
      };
    },
  };
}

/**
 * Costs already estimated, per document (see AstMemo) and per operation and variables: a dashboard polling the same
 * query pays for the estimate once. Variables longer than MAX_KEY_CHARACTERS (an article's text) are not memoized.
 */
class CostMemo {
  private static readonly MAX_KEY_CHARACTERS = 2_000;
  private readonly costs = new AstMemo<DocumentNode, CostEstimate>(256);

  get(document: DocumentNode, operationName: string | undefined, variables: unknown, estimate: () => CostEstimate): CostEstimate {
    const key = `${operationName ?? ''}|${JSON.stringify(variables ?? {})}`;
    return key.length > CostMemo.MAX_KEY_CHARACTERS ? estimate() : this.costs.get(document, key, estimate);
  }
}

function onlyLimitErrorsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          const limitErrors = errors.filter(isQueryLimitError);
          if (limitErrors.length > 0 && limitErrors.length < errors.length) {
            (errors as GraphQLError[]).splice(0, errors.length, ...limitErrors);
          }
        },
      };
    },
  };
}
