import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type AuthChecker, type ClassType, type NonEmptyArray } from 'type-graphql';
import { accessDenied } from './http/access';
import { decide, type Need } from './modules/access';
import { AccessDeniedError } from './modules/common/errors';
import type { RequestContext } from './modules/common/request-context';
import { registerLedgerEnums } from './modules/common/enum-types';
import { DateTimeScalar } from './modules/common/scalars';
import { RESOLVERS } from './modules';
import { validateArgument } from './modules/common/validate-args';

let built: GraphQLSchema | undefined;

/** Builds the GraphQL schema from the registry's resolvers (once per process). */
export async function createSchema(): Promise<GraphQLSchema> {
  if (!built) {
    registerLedgerEnums();
    built = await buildSchema({
      resolvers: RESOLVERS as unknown as NonEmptyArray<ClassType>,
      scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
      validateFn: validateArgument,
      authChecker,
      authMode: 'error',
    });
  }
  return built;
}

/** The SDL committed as schema/schema.graphql, sorted so that it diffs well. */
export async function printSchemaSdl(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await createSchema()))}\n`;
}

/**
 * The one gate of the GraphQL operations (`@Authorized(Need.…)`), the rule REST routes share:
 * admits the caller into the context, for the scope of what it writes, or refuses it as
 * UNAUTHENTICATED (401) or FORBIDDEN (403) in the reader's language.
 */
const authChecker: AuthChecker<RequestContext, Need> = async ({ context }, needs) => {
  const decision = await decide(context.auth, needs[0]);
  if (!decision.ok) {
    const denied = accessDenied(decision, context.lang);
    throw new AccessDeniedError(denied.message, denied.code);
  }
  context.caller = decision.caller;
  return true;
};
