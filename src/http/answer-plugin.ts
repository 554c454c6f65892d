import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { RequestContext } from '../modules/common/request-context';
import { decide, Need } from '../modules/access';
import type { AnswerCache } from '../modules/comparison/answer-cache';
import { flatAnswer } from './flat-answer';

/** Root fields whose answers depend on the stored data only (not on the caller or the time). */
const ANSWERS = new Set(['compare', 'facilitySummary', 'eventSummary', 'medalTable', '__typename']);
const ASKS_AN_ANSWER = /\b(compare|facilitySummary|eventSummary|medalTable)\b/;

/**
 * Whether a query's text names a question whose answer may be kept: before parsing, so that a
 * request that cannot be one (a list, a mutation) costs no lookup in Redis. A false yes costs one.
 */
export function mayAskAnAnswer(query: unknown): boolean {
  return typeof query === 'string' && ASKS_AN_ANSWER.test(query);
}

/**
 * Serves a repeated comparison question from the kept response, skipping GraphQL execution:
 * a BI dashboard asks the same questions again and again, and the data changes only when a
 * ledger is committed (see AnswerCache). Queries that touch any other root field run as usual.
 * The request's one data-version read is shared with the resolvers and the bytes layer.
 */
export function answerCachePlugin(answers: AnswerCache): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      let key: string | null = null;
      let version = '';
      let served = false;
      let spliced = false;
      return {
        async responseForOperation(request: GraphQLRequestContext<RequestContext>) {
          if (!request.operation || !onlyAnswers(request.operation)) {
            return null;
          }
          // a kept answer skips the resolvers and their authChecker: only for who may read
          if (!(await decide(request.contextValue.auth, Need.READ)).ok) {
            return null;
          }
          // the query text's hash (Apollo's, already computed), not the printed document: printing
          // it cost more than the rest of the lookup
          key = `response|${request.contextValue.lang}|${request.queryHash}|${request.operationName ?? ''}|${JSON.stringify(request.request.variables ?? {})}`;
          const { res } = request.contextValue;
          const kept = await answers.lookup(key, res);
          version = kept.version;
          served = kept.value !== undefined;
          if (kept.value) {
            return single(kept.value, request);
          }
          // JSON built by PostgreSQL, which the HTTP layer puts in place of an empty list
          const flat = res.locals.spliceAnswers === true ? await flatAnswer(request) : null;
          if (flat) {
            res.locals.splicedAnswer = flat;
            spliced = true;
            return single(flat.standIn, request);
          }
          return null;
        },
        async willSendResponse(request: GraphQLRequestContext<RequestContext>) {
          const body = request.response.body;
          if (key && body?.kind === 'single' && !body.singleResult.errors) {
            // One form per answer: where the HTTP layer keeps the serialized bytes (a JSON POST),
            // the response object is not kept beside them; a 2,847-row answer held as objects,
            // as bytes and as rows at once took three times its size from the budget and more
            // from the heap, whose collector then had all of it to walk. A spliced answer's
            // result holds the stand-in: only its bytes are kept.
            if (!served && !spliced && !request.contextValue.res.locals.keepsBytes) {
              answers.store(key, version, body.singleResult);
            }
            // lets the HTTP layer keep the serialized bytes too (see http/response-cache.ts)
            request.contextValue.res.locals.answerVersion = version;
          }
        },
      };
    },
  };
}

/** A response a plugin answers with, in place of executing the operation. */
export function single(result: unknown, request: GraphQLRequestContext<RequestContext>) {
  return {
    body: { kind: 'single' as const, singleResult: result as never },
    http: request.response.http,
  };
}

function onlyAnswers(operation: OperationDefinitionNode): boolean {
  return (
    operation.operation === 'query' &&
    operation.selectionSet.selections.every(
      (s) => s.kind === Kind.FIELD && ANSWERS.has(s.name.value),
    )
  );
}
