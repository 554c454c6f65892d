import type { Request } from 'express';
import { HttpProblem } from './http-errors';

/** A parameter the question cannot take: 400 with the code GraphQL gives a bad argument. */
export function badParam(message: string): HttpProblem {
  return new HttpProblem(400, 'BAD_USER_INPUT', message);
}

/** Query-string arguments as the GraphQL fields take them: lists are comma-separated. */
export class ExportParams {
  constructor(private readonly req: Request) {}

  text(name: string): string | null {
    const value = this.req.query[name];
    if (Array.isArray(value)) {
      return value.join(',');
    }
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
  }

  list(name: string): string[] | null {
    const text = this.text(name);
    return text
      ? text
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : null;
  }

  required(name: string): string[] {
    return this.list(name) ?? missing(name);
  }

  ints(name: string): number[] | null {
    const list = this.list(name);
    if (list?.some((s) => !/^\d+$/.test(s))) {
      throw badParam(`"${name}" must list whole numbers, got "${this.text(name)}"`);
    }
    return list?.map(Number) ?? null;
  }

  bool(name: string, fallback: boolean): boolean {
    const text = this.text(name)?.toLowerCase();
    if (text === undefined || text === null) {
      return fallback;
    }
    if (!['true', 'false', '1', '0'].includes(text)) {
      throw badParam(`"${name}" must be true or false, got "${text}"`);
    }
    return text === 'true' || text === '1';
  }

  /** One or more values of an enumeration, checked against it. */
  enums<T extends string>(name: string, values: Record<string, T>): T[] | null {
    const list = this.list(name);
    const allowed = Object.values(values);
    const wrong = list?.filter((v) => !allowed.includes(v as T));
    if (wrong && wrong.length > 0) {
      throw badParam(`"${name}" takes ${allowed.join(', ')}; got ${wrong.join(', ')}`);
    }
    return (list as T[] | null) ?? null;
  }

  requiredEnums<T extends string>(name: string, values: Record<string, T>): T[] {
    return this.enums(name, values) ?? missing(name);
  }
}

function missing(name: string): never {
  throw badParam(`the query parameter "${name}" is required`);
}
