import type { startTracingSdk as StartTracingSdk } from './tracing-sdk';

/**
 * OpenTelemetry tracing, on when OTEL_EXPORTER_OTLP_ENDPOINT is set. The entry imports this file
 * before anything else, because the instrumentations patch http, express, graphql and pg as they
 * are loaded. The variable is read here rather than through config.ts, which is parsed later; it
 * is validated there too, and the SDK reads its other OTEL_* variables itself. Without the
 * variable nothing of OpenTelemetry is loaded: a normal start pays nothing for it.
 */
let tracing: { stop(): Promise<void> } | null = null;

if (process.env.OTEL_EXPORTER_OTLP_ENDPOINT) {
  // required, not imported, so that the SDK is loaded only here
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startTracingSdk } = require('./tracing-sdk') as {
    startTracingSdk: typeof StartTracingSdk;
  };
  try {
    tracing = startTracingSdk();
  } catch {
    // a malformed OTEL_* or LOG_LEVEL value: config.ts names it and stops the process
  }
}

/** Sends the spans still buffered; the entry calls it before the process exits. */
export async function stopTracing(): Promise<void> {
  await tracing?.stop();
}
