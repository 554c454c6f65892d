import pino from 'pino';

/** Structured JSON logs; one logger for the process, children per concern. */
export function createLogger(level: string): pino.Logger {
  return pino({ level, base: { app: 'sports-ledger' } });
}

export type Logger = pino.Logger;
