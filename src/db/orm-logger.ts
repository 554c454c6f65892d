import { DefaultLogger, type LogContext, type LoggerOptions } from '@mikro-orm/core';
import type { Logger } from '../logger';

/**
 * MikroORM's log through the process's pino logger: the migrator's "Processing" and "Applied"
 * lines, and queries when MikroORM's debug mode is on, become JSON lines like every other, where
 * MikroORM's own logger printed coloured text to stdout beside them. `isEnabled` stays
 * MikroORM's, so what is logged does not change; only how.
 */
export class PinoOrmLogger extends DefaultLogger {
  constructor(
    private readonly pino: Logger,
    options: LoggerOptions,
  ) {
    super(options);
  }

  override log(namespace: string, message: string, context?: LogContext): void {
    if (!this.isEnabled(namespace as never, context)) {
      return;
    }
    const text = message.replace(/\s+/g, ' ').trim();
    const fields = context?.label ? { orm: namespace, label: context.label } : { orm: namespace };
    this.pino[levelOf(namespace, context)](fields, text);
  }

  override logQuery(context: LogContext): void {
    if (!this.isEnabled('query', context) || !context.query) {
      return;
    }
    const { took, results, affected } = context;
    this.pino.debug({ orm: 'query', took, results, affected }, context.query);
  }
}

/** The factory `MikroORM.init` takes, writing through `log`. */
export function ormLoggerFactory(log: Logger): (options: LoggerOptions) => PinoOrmLogger {
  return (options) => new PinoOrmLogger(log, options);
}

function levelOf(namespace: string, context?: LogContext): 'error' | 'warn' | 'info' | 'debug' {
  if (context?.level === 'error') {
    return 'error';
  }
  if (context?.level === 'warning' || namespace === 'deprecated') {
    return 'warn';
  }
  return namespace === 'query' || namespace === 'query-params' ? 'debug' : 'info';
}
