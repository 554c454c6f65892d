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

/** Query-string arguments as the GraphQL fields take them: lists are comma-separated. */
export class ExportParams {
  constructor(private readonly req: Request) {}

  /** The language the client reads, for the sentences in the answer. */
  get lang(): Lang {
    return requestLang(this.req);
  }

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
    return this.list(name) ?? this.missing(name);
  }

  ints(name: string): number[] | null {
    const list = this.list(name);
    if (list?.some((s) => !/^\d+$/.test(s))) {
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
