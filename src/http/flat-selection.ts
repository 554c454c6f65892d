import type { GraphQLRequestContext } from '@apollo/server';
import {
  getArgumentValues,
  getVariableValues,
  Kind,
  type FieldNode,
  type GraphQLField,
  type SelectionNode,
} from 'graphql';
import type { JsonField } from '../modules/common/json-sql';

// What the flat answers (flat-answer.ts, flat-list.ts) read of an operation before they take it:
// plain fields only, so that anything GraphQL would treat otherwise goes through GraphQL.

/** A field without directives; `__typename` and the other meta fields are GraphQL's to write. */
export function isPlainField(selection: SelectionNode | undefined): selection is FieldNode {
  return (
    selection?.kind === Kind.FIELD &&
    (selection.directives?.length ?? 0) === 0 &&
    !selection.name.value.startsWith('__')
  );
}

/** The key a field is answered under. */
export const keyOf = (field: FieldNode) => field.alias?.value ?? field.name.value;

/** Whether no key is asked twice: GraphQL merges such fields, and that is left to it. */
export const distinct = (fields: readonly { key: string }[]) =>
  new Set(fields.map((f) => f.key)).size === fields.length;

/** A field's leaf fields when each is one of `allowed`, each key asked once; else null. */
export function leaves(
  field: FieldNode,
  allowed: ReadonlySet<string>,
): { key: string; field: string }[] | null {
  const fields: { key: string; field: string }[] = [];
  for (const selection of field.selectionSet?.selections ?? []) {
    if (!isPlainField(selection) || !allowed.has(selection.name.value) || selection.selectionSet) {
      return null;
    }
    fields.push({ key: keyOf(selection), field: selection.name.value });
  }
  return fields.length > 0 && distinct(fields) ? fields : null;
}

/**
 * The arguments of the operation's root fields, as their resolvers would be given them (variables
 * coerced, defaults filled); null when any does not coerce, which GraphQL then refuses.
 */
export function rootArguments(
  request: GraphQLRequestContext<object>,
  roots: readonly FieldNode[],
): Record<string, unknown>[] | null {
  const operation = request.operation!;
  const query = request.schema.getQueryType()?.getFields() ?? {};
  const variables = getVariableValues(
    request.schema,
    operation.variableDefinitions ?? [],
    request.request.variables ?? {},
  );
  if (variables.errors) {
    return null;
  }
  try {
    return roots.map((root) => {
      const definition = query[root.name.value] as GraphQLField<unknown, unknown> | undefined;
      if (!definition) {
        throw new Error(`no root field ${root.name.value}`);
      }
      return getArgumentValues(definition, root, variables.coerced);
    });
  } catch {
    return null;
  }
}

/**
 * The fields a flat answer writes for each row: leaf fields `leaf` accepts, and `region { … }`
 * with the fields of `region` (each under its own key); null for any other shape.
 */
export function jsonSelection(
  field: FieldNode,
  leaf: (name: string) => boolean,
  region: ReadonlySet<string>,
): JsonField[] | null {
  const fields: JsonField[] = [];
  for (const selection of field.selectionSet?.selections ?? []) {
    if (!isPlainField(selection)) {
      return null;
    }
    const name = selection.name.value;
    if (name === 'region') {
      const inner = leaves(selection, region);
      if (!inner) {
        return null;
      }
      fields.push({ key: keyOf(selection), field: name, region: inner });
    } else if (leaf(name) && !selection.selectionSet) {
      fields.push({ key: keyOf(selection), field: name });
    } else {
      return null;
    }
  }
  return fields.length > 0 && distinct(fields) ? fields : null;
}
