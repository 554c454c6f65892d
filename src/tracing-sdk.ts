import { diag, DiagLogLevel } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { ExpressInstrumentation, ExpressLayerType } from '@opentelemetry/instrumentation-express';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import {
  defaultResource,
  envDetector,
  detectResources,
  resourceFromAttributes,
} from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { createLogger } from './logger';

/** Requests an orchestrator or a scraper repeats every few seconds: no trace for them. */
const UNTRACED = /^\/(healthz|readyz|metrics)(\?|$)/;
/** Query parameters whose values never leave the process (as in the request log). */
const REDACTED = ['key', 'token', 'access_token', 'query', 'variables', 'extensions'];

/**
 * Traces of HTTP requests (with the Express route), GraphQL parsing, validation and execution,
 * and PostgreSQL statements, sent by OTLP over HTTP to OTEL_EXPORTER_OTLP_ENDPOINT. No values:
 * GraphQL arguments are masked, SQL is sent without its parameters, secret query parameters are
 * redacted, no header is recorded. The OTEL_* variables of the OpenTelemetry specification
 * (service name, headers, sampler) apply as the SDK reads them. Loaded only when tracing is on.
 */
export function startTracingSdk(): { stop(): Promise<void> } {
  const log = createLogger(process.env.LOG_LEVEL ?? 'info').child({ concern: 'tracing' });
  diag.setLogger(
    {
      error: (message, ...args) => log.error({ args }, message),
      warn: (message, ...args) => log.warn({ args }, message),
      info: (message) => log.debug(message),
      debug: () => undefined,
      verbose: () => undefined,
    },
    DiagLogLevel.WARN,
  );
  const provider = new NodeTracerProvider({
    resource: defaultResource()
      .merge(resourceFromAttributes({ 'service.name': 'sports-ledger' }))
      .merge(detectResources({ detectors: [envDetector] })),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (req) => UNTRACED.test(req.url ?? ''),
        // the server calls nothing over HTTP but the exporter itself
        ignoreOutgoingRequestHook: () => true,
        redactedQueryParamsServer: REDACTED,
      }),
      // the route's handler, which names the route; the dozen middlewares and routers in front
      // of every request would each be a span
      new ExpressInstrumentation({
        ignoreLayersType: [ExpressLayerType.MIDDLEWARE, ExpressLayerType.ROUTER],
      }),
      // parse, validate and execute; a span per resolved field would be thousands per page
      new GraphQLInstrumentation({ ignoreResolveSpans: true, allowValues: false }),
      new PgInstrumentation({ enhancedDatabaseReporting: false }),
    ],
  });
  log.info({ endpoint: process.env.OTEL_EXPORTER_OTLP_ENDPOINT }, 'tracing is on');
  return { stop: () => provider.shutdown() };
}
