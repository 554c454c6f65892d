import {
  buildClientSchema,
  getIntrospectionQuery,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
  type IntrospectionQuery,
  type TypeNode,
  parseType,
} from 'graphql';

/** A document cut to what the running schema has, and what had to be cut. */
export interface FittedDocument {
  document: DocumentNode;
  /** `Type.field` and `field(argument)` the schema does not have (yet). */
  missing: string[];
}

export async function fetchSchema(url: string): Promise<GraphQLSchema> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: getIntrospectionQuery() }),
  });
  const { data } = (await response.json()) as { data: IntrospectionQuery };
  return buildClientSchema(data);
}

/**
 * Drops the fields and arguments the schema lacks, and gives each variable the type of the
 * argument it feeds (an input type may be named ColumnMappingInput or ColumnMapping).
 */
export function fitToSchema(schema: GraphQLSchema, document: DocumentNode): FittedDocument {
  const typeInfo = new TypeInfo(schema);
  const missing: string[] = [];
  const variableTypes = new Map<string, TypeNode>();
  const pruned = visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (!typeInfo.getFieldDef()) {
          missing.push(`${typeInfo.getParentType()?.name ?? '?'}.${node.name.value}`);
          return null;
        }
        return undefined;
      },
      Argument(node) {
        const argument = typeInfo.getArgument();
        if (!argument) {
          missing.push(`${typeInfo.getFieldDef()?.name ?? '?'}(${node.name.value})`);
          return null;
        }
        if (node.value.kind === 'Variable') {
          variableTypes.set(node.value.name.value, parseType(String(argument.type)));
        }
        return undefined;
      },
    }),
  );
  const fitted = visit(pruned, {
    VariableDefinition(node) {
      const type = variableTypes.get(node.variable.name.value);
      return type ? { ...node, type } : null;
    },
  });
  return { document: fitted, missing };
}
