import type { Request } from 'express';
import { HttpProblem } from './http-errors';

/** A parameter the question cannot take: 400 with the code GraphQL gives a bad argument. */
export function badParam(message: string): HttpProblem {
  return new HttpProblem(400, 'BAD_USER_INPUT', message);
}

const MAX_INT4 = 2 ** 31 - 1;

/**
 * Query-string arguments as the GraphQL fields take them: lists are comma-separated. A value
 * (a list's each item) may hold at most `maxChars` characters and no NUL, as in GraphQL.
 */
export class ExportParams {
  constructor(
    private readonly req: Request,
    private readonly maxChars = 200,
  ) {}

  text(name: string): string | null {
    const raw = this.req.query[name];
    const value = Array.isArray(raw) ? raw.join(',') : raw;
    if (typeof value !== 'string' || value.trim() === '') {
      return null;
    }
    if (value.includes('\0')) {
      throw badParam(`"${name}" contains a NUL character (\\u0000)`);
    }
    return value.trim();
  }

  /** A free-text filter (nameContains): its length is capped as GraphQL's text arguments are. */
  filterText(name: string): string | null {
    const text = this.text(name);
    return text === null ? null : this.capped(name, text);
  }

  list(name: string): string[] | null {
    const text = this.text(name);
    return text
      ? text
          .split(',')
          .map((s) => this.capped(name, s.trim()))
          .filter(Boolean)
      : null;
  }

  private capped(name: string, value: string): string {
    if (value.length > this.maxChars) {
      throw badParam(`"${name}" may hold at most ${this.maxChars} characters, got ${value.length}`);
    }
    return value;
  }

  required(name: string): string[] {
    return this.list(name) ?? missing(name);
  }

  ints(name: string): number[] | null {
    const list = this.list(name);
    if (list?.some((s) => !/^\d+$/.test(s) || Number(s) > MAX_INT4)) {
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
