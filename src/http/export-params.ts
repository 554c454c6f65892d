import type { Request } from 'express';
import { say, type ClerkTextKey } from '../modules/common/messages/clerk-texts';
import type { TextParams } from '../modules/common/messages/text-types';
import { HttpProblem } from './http-errors';
import { requestLang } from './request-lang';
import type { Lang } from '../modules/common/messages/lang';

/** A parameter the question cannot take: 400 with the code GraphQL gives a bad argument. */
function badParam(req: Request, key: ClerkTextKey, params: TextParams): HttpProblem {
  return new HttpProblem(400, 'BAD_USER_INPUT', say(requestLang(req), key, params));
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

  /** The language the client reads, for the sentences in the answer. */
  get lang(): Lang {
    return requestLang(this.req);
  }

  text(name: string): string | null {
    const raw = this.req.query[name];
    const value = Array.isArray(raw) ? raw.join(',') : raw;
    if (typeof value !== 'string' || value.trim() === '') {
      return null;
    }
    if (value.includes('\0')) {
      throw badParam(this.req, 'paramHasNul', { name });
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
      throw badParam(this.req, 'paramTooLong', {
        name,
        max: this.maxChars,
        length: value.length,
      });
    }
    return value;
  }

  required(name: string): string[] {
    return this.list(name) ?? this.missing(name);
  }

  ints(name: string): number[] | null {
    const list = this.list(name);
    if (list?.some((s) => !/^\d+$/.test(s) || Number(s) > MAX_INT4)) {
      throw badParam(this.req, 'paramNotInts', { name, value: this.text(name) ?? '' });
    }
    return list?.map(Number) ?? null;
  }

  bool(name: string, fallback: boolean): boolean {
    const text = this.text(name)?.toLowerCase();
    if (text === undefined || text === null) {
      return fallback;
    }
    if (!['true', 'false', '1', '0'].includes(text)) {
      throw badParam(this.req, 'paramNotBool', { name, value: text });
    }
    return text === 'true' || text === '1';
  }

  /** One or more values of an enumeration, checked against it. */
  enums<T extends string>(name: string, values: Record<string, T>): T[] | null {
    const list = this.list(name);
    const allowed = Object.values(values);
    const wrong = list?.filter((v) => !allowed.includes(v as T));
    if (wrong && wrong.length > 0) {
      const [value, list] = [wrong.join(', '), allowed.join(', ')];
      throw badParam(this.req, 'paramNotEnum', { name, allowed: list, value });
    }
    return (list as T[] | null) ?? null;
  }

  requiredEnums<T extends string>(name: string, values: Record<string, T>): T[] {
    return this.enums(name, values) ?? this.missing(name);
  }

  private missing(name: string): never {
    throw badParam(this.req, 'paramMissing', { name });
  }
}
