import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type ClassType, type NonEmptyArray } from 'type-graphql';
import { registerLedgerEnums } from './modules/common/enum-types';
import { DateTimeScalar } from './modules/common/scalars';
import { RESOLVERS } from './modules';

let built: GraphQLSchema | undefined;

/** Builds the GraphQL schema from the registry's resolvers (once per process). */
export async function createSchema(): Promise<GraphQLSchema> {
  if (!built) {
    registerLedgerEnums();
    built = await buildSchema({
      resolvers: RESOLVERS as unknown as NonEmptyArray<ClassType>,
      scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
      validate: { forbidUnknownValues: false },
    });
  }
  return built;
}

/** The SDL committed as schema/schema.graphql, sorted so that it diffs well. */
export async function printSchemaSdl(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await createSchema()))}\n`;
}
