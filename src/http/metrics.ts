import type { NextFunction, Request, Response } from 'express';
import { Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { AppServices } from '../context';
import { addServiceGauges } from './metric-gauges';
import { methodLabel, OperationLabels } from './metric-labels';
import { admitScrape } from './metrics-access';
import { requestFacts } from './request-facts';

/** Seconds: API reads well under one, uploads and national exports up to minutes. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120];

export interface HttpMetrics {
  /** Times every request; mounted first, so refused requests count too. */
  observe(req: Request, res: Response, next: NextFunction): void;
  /** GET /metrics: Prometheus's text format, for the scrapers metrics-access.ts admits. */
  scrape(req: Request, res: Response, next: NextFunction): void;
}

/**
 * The Prometheus metrics of one app (a registry of its own, so two apps in one process — the
 * tests — do not share series): request durations by route and by GraphQL operation, the state
 * of imports, the database pool and the answer cache (metric-gauges.ts), and prom-client's
 * process metrics. docs/operations.md lists them.
 */
export function httpMetrics(services: AppServices): HttpMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Histogram({
    name: 'sports_ledger_http_request_duration_seconds',
    help: 'Time from a request arriving to its response ending, by method, route pattern and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: BUCKETS,
    registers: [registry],
  });
  const operations = new Histogram({
    name: 'sports_ledger_graphql_operation_duration_seconds',
    help: 'Time a /graphql request took, by operation name (unnamed, malformed and names past the first 100 collapse to fixed labels) and status.',
    labelNames: ['operation', 'status'] as const,
    buckets: BUCKETS,
    registers: [registry],
  });
  addServiceGauges(registry, services);
  const operationLabels = new OperationLabels();
  return {
    observe(req, res, next) {
      const end = requests.startTimer();
      res.once('close', () => {
        const facts = requestFacts(req, res);
        const status = res.statusCode;
        const seconds = end({ method: methodLabel(req.method), route: facts.route, status });
        if (facts.operation !== undefined) {
          const operation = operationLabels.label(facts.operation, status);
          operations.observe({ operation, status }, seconds);
        }
      });
      next();
    },
    scrape(req, res, next) {
      if (!admitScrape(services.config, req, res)) {
        return;
      }
      registry
        .metrics()
        .then((text) => res.type(registry.contentType).send(text))
        .catch(next);
    },
  };
}
