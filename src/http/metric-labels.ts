import { ANONYMOUS, INVALID } from './operation-name';

/** The label of every operation name past the budget, or never seen in a request that succeeded. */
export const OTHER = '(other)';

/** Distinct operation names the metrics label on their own; more collapse into `(other)`. */
export const MAX_OPERATION_LABELS = 100;

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/**
 * Bounded label values for GraphQL operation names: clients choose the names, so a scraper must
 * not be handed a new time series for each one. A name gets its own label when a request under it
 * succeeded (status below 400) and fewer than MAX_OPERATION_LABELS names have one; any other name
 * is `(other)` from then on. Anonymous and malformed names keep their fixed labels.
 */
export class OperationLabels {
  private readonly known = new Set<string>();

  label(operation: string, status: number): string {
    if (operation === ANONYMOUS || operation === INVALID || this.known.has(operation)) {
      return operation;
    }
    if (status < 400 && this.known.size < MAX_OPERATION_LABELS) {
      this.known.add(operation);
      return operation;
    }
    return OTHER;
  }
}

/** The request method, one of the usual few or `other`. */
export function methodLabel(method: string): string {
  return METHODS.has(method) ? method : 'other';
}
