import { getMetadataStorage, validateOrReject, type ValidationError } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

/** What type-graphql's own check used (`validate: { forbidUnknownValues: false }`). */
const OPTIONS = { skipMissingProperties: true, forbidUnknownValues: false };

/** Input classes by whether any class-validator constraint is declared on them. */
const constrained = new Map<object, boolean>();

function hasConstraints(value: object): boolean {
  const type = value.constructor;
  let known = constrained.get(type);
  if (known === undefined) {
    known = getMetadataStorage().getTargetValidationMetadatas(type, '', true, false).length > 0;
    constrained.set(type, known);
  }
  return known;
}

const checked = (value: unknown): value is object =>
  value !== null && typeof value === 'object' && hasConstraints(value);

/**
 * type-graphql's argument validation, done as it does it (class-validator, missing properties
 * skipped, the same ArgumentValidationError), without what it costs on every argument of every
 * request: a `require('class-validator')` resolved anew each time, and a walk of classes that
 * declare no constraint (most filters). Only inputs whose class declares one are validated.
 */
export async function validateArgument(value: unknown): Promise<void> {
  const items = Array.isArray(value) ? value.filter(checked) : checked(value) ? [value] : [];
  if (items.length === 0) {
    return;
  }
  try {
    await Promise.all(items.map((item) => validateOrReject(item, OPTIONS)));
  } catch (errors) {
    throw new ArgumentValidationError(errors as ValidationError[]);
  }
}
