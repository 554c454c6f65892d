import pino from 'pino';

/**
 * Structured JSON logs; one logger for the process, children per concern. `destination` is
 * stdout unless given (the tests read the lines a request writes).
 */
export function createLogger(level: string, destination?: pino.DestinationStream): pino.Logger {
  return pino({ level, base: { app: 'sports-ledger' } }, destination);
}

export type Logger = pino.Logger;
