import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
} from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import type { QueryLimits } from '../config';
import { MAX_PAGE } from '../modules/common/cursor';
import { sayLimit, type LimitTextKey } from '../modules/common/messages/limit-texts';
import type { RequestContext } from '../modules/common/request-context';
import { rowEstimator, type CostProblems } from './query-cost';

type ShapeCode = 'DEPTH_LIMIT' | 'ALIAS_LIMIT' | 'DIRECTIVE_LIMIT';

/** A refusal before execution: HTTP 400, our code, the sentence in the reader's language. */
export function limitError(code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

/**
 * graphql-armor's depth, alias and directive rules, each reporting its own code. Its token limit
 * is not used: inside Apollo it throws from a parsing hook, which Apollo answers with a 500; the
 * tokens are counted before Apollo instead (token-guard.ts). Introspection is exempt from the
 * depth rule, so GraphiQL and BI tools still read the schema.
 */
function shapeRules(limits: QueryLimits) {
  const reject = (code: ShapeCode) => (context: ValidationContext | null, error: GraphQLError) =>
    context?.reportError(new GraphQLError(error.message, { extensions: { code } }));
  const common = { propagateOnRejection: false, exposeLimits: true };
  return new ApolloArmor({
    blockFieldSuggestion: { enabled: false },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    maxDepth: {
      ...common,
      n: limits.depth,
      ignoreIntrospection: true,
      onReject: [reject('DEPTH_LIMIT')],
    },
    maxAliases: { ...common, n: limits.aliases, allowList: [], onReject: [reject('ALIAS_LIMIT')] },
    maxDirectives: { ...common, n: limits.directives, onReject: [reject('DIRECTIVE_LIMIT')] },
  }).protect().validationRules;
}

/**
 * Refuses an operation whose shape or size passes a limit after it is parsed and validated and
 * before anything runs (decisions §12): depth, aliases (counted per fragment spread), directives,
 * then the rows it may return and each argument (page size, text length).
 */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin<RequestContext> {
  const rules = shapeRules(limits);
  // A document's shape does not change with its variables: it is checked once per document.
  // Apollo hands every request of the same query text the document it parsed and validated
  // first (its document store), so a dashboard's or a client's question is walked once.
  const shapes = new WeakMap<DocumentNode, GraphQLError | null>();
  const shapeOf = (schema: GraphQLSchema, document: DocumentNode) => {
    let shape = shapes.get(document);
    if (shape === undefined) {
      shape = validate(schema, document, rules)[0] ?? null;
      shapes.set(document, shape);
    }
    return shape;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(request: GraphQLRequestContext<RequestContext>) {
          const say = (key: LimitTextKey, params: Record<string, string | number>) =>
            sayLimit(request.contextValue.lang, key, params);
          const shape = shapeOf(request.schema, request.document!);
          if (shape) {
            const code = String(shape.extensions.code) as ShapeCode;
            const limit = {
              DEPTH_LIMIT: limits.depth,
              ALIAS_LIMIT: limits.aliases,
              DIRECTIVE_LIMIT: limits.directives,
            }[code];
            throw limitError(code, say(code, { limit }));
          }
          checkCost(request, limits, say);
        },
      };
    },
  };
}

function checkCost(
  request: GraphQLRequestContext<RequestContext>,
  limits: QueryLimits,
  say: (key: LimitTextKey, params: Record<string, string | number>) => string,
): void {
  const problems: CostProblems = { page: null, text: null };
  const cost = rowCost(request.schema, request.document!, request, limits, problems);
  if (problems.text) {
    const { name, length, nul } = problems.text;
    const key = nul ? 'NUL_CHARACTER' : 'TEXT_TOO_LONG';
    throw limitError('BAD_USER_INPUT', say(key, { name, length, limit: limits.textChars }));
  }
  if (problems.page !== null) {
    throw limitError('PAGE_LIMIT', say('PAGE_LIMIT', { limit: MAX_PAGE, value: problems.page }));
  }
  if (cost !== null && cost > limits.cost) {
    throw limitError('COST_LIMIT', say('COST_LIMIT', { cost, limit: limits.cost }));
  }
}

/**
 * The estimate, or null when the variables do not fit the operation: execution refuses those
 * with its own 400 before any resolver runs, so nothing is let through unmeasured.
 */
function rowCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  request: GraphQLRequestContext<RequestContext>,
  limits: QueryLimits,
  problems: CostProblems,
): number | null {
  try {
    return getComplexity({
      schema,
      query: document,
      operationName: request.operationName ?? undefined,
      variables: request.request.variables ?? {},
      estimators: [rowEstimator(limits.textChars, problems)],
    });
  } catch (error) {
    if (error instanceof GraphQLError) {
      return null;
    }
    throw error;
  }
}
