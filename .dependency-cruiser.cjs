/**
 * Which way the parts of sports-ledger may import (`npm run lint:deps`, part of `npm run lint`).
 *
 * The layers, top to bottom; a file may import files of its own layer or of a lower one:
 *
 *   Entry      process wiring: the entry points, the CLI, the services, and the database
 *              bootstrap (src/db)
 *   Adapters   HTTP routes and pages, the GraphQL schema and context, the error envelope
 *   Import     the pipeline (read → locate → parse → check → write → report)
 *   Features   the registry (src/modules/index.ts) and every src/modules/<feature>/
 *   Common     src/modules/common: base entity, scalars, connections, filters, contracts
 *   Core       config, logging, the GB/T 2260 region data and the RegionIndex rules
 *
 * src/db sits with the entry, not in Core: bootstrapping the database means starting the
 * embedded PostgreSQL, building the ORM config from the registry's entities, running the
 * migrations and seeding the catalogs that features own, so it has to see every feature.
 *
 * Each wrong arrow is reported once, under the most specific rule that names it; the layer rules
 * leave out what a specific rule already forbids.
 */

const ENTRY = [
  '^src/main\\.ts$',
  '^src/tracing(-sdk)?\\.ts$',
  '^src/worker\\.ts$',
  '^src/import-threads/',
  '^src/import-jobs/',
  '^src/cli/',
  '^src/start-server\\.ts$',
  '^src/services\\.ts$',
  '^src/drain\\.ts$',
  '^src/mikro-orm\\.config\\.ts$',
  '^src/db/',
];
const ADAPTERS = ['^src/http/', '^src/schema\\.ts$', '^src/context\\.ts$', '^src/errors\\.ts$'];
const IMPORT = ['^src/import/'];
const FEATURES = ['^src/modules/index\\.ts$', '^src/modules/(?!common/)[^/]+/'];
const COMMON = ['^src/modules/common/'];
const CORE = ['^src/config(-env)?\\.ts$', '^src/logger\\.ts$', '^src/regions/'];

/** What the pipeline must never reach: transport and process wiring. */
const TRANSPORT_AND_ENTRY = [
  '^src/http/',
  '^src/server',
  '^src/context\\.ts$',
  '^src/errors\\.ts$',
  '^src/schema\\.ts$',
  '^src/cli/',
  '^src/main\\.ts$',
  '^src/tracing(-sdk)?\\.ts$',
  '^src/start-server\\.ts$',
  '^src/services\\.ts$',
];

const PROJECT = '^src/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'A cycle, type-only imports included, means two parts cannot be understood or changed apart, so arrows must form a tree that only runs downwards.',
      from: { path: PROJECT },
      to: { circular: true },
    },
    {
      name: 'in-a-layer',
      severity: 'error',
      comment:
        'Every file under src/ belongs to one layer of this config, so that the layer rules check its imports; a new place needs a line here and in the README layout.',
      from: {
        path: PROJECT,
        pathNot: [...ENTRY, ...ADAPTERS, ...IMPORT, ...FEATURES, ...COMMON, ...CORE],
      },
      to: {},
    },
    {
      name: 'import-never-imports-transport',
      severity: 'error',
      comment:
        'The pipeline is reached through one port and runs the same from HTTP, GraphQL, the CLI or a worker, so it may not know routes, the schema, the request context, the error envelope or the processes that wire it.',
      from: { path: IMPORT },
      to: { path: TRANSPORT_AND_ENTRY },
    },
    {
      name: 'common-knows-no-feature',
      severity: 'error',
      comment:
        'Common holds the contracts features implement, so a feature can be added or removed without touching it; it may not import a feature or the registry.',
      from: { path: COMMON },
      to: { path: FEATURES },
    },
    {
      name: 'features-never-import-pipeline',
      severity: 'error',
      comment:
        'Features describe their sheets and implement hooks the pipeline is handed at wiring time, so the pipeline depends on features and never the other way round.',
      from: { path: ['^src/modules/'] },
      to: { path: IMPORT },
    },
    {
      name: 'core-imports-nothing-above',
      severity: 'error',
      comment:
        'Core (config, logging, the region data and rules) is pure and sits at the bottom, so it may import only Core and packages.',
      from: { path: CORE },
      to: { path: PROJECT, pathNot: CORE },
    },
    {
      name: 'common-imports-only-core',
      severity: 'error',
      comment:
        'Common is shared by every feature, so beside itself it may import only Core (features are left to common-knows-no-feature).',
      from: { path: COMMON },
      to: { path: PROJECT, pathNot: [...COMMON, ...CORE, ...FEATURES] },
    },
    {
      name: 'features-import-only-common-and-core-and-features',
      severity: 'error',
      comment:
        'Features hold the business rules and know no transport or process wiring, so they may import features, Common and Core (the pipeline is left to features-never-import-pipeline).',
      from: { path: FEATURES },
      to: { path: PROJECT, pathNot: [...FEATURES, ...COMMON, ...CORE, ...IMPORT] },
    },
    {
      name: 'import-imports-only-below',
      severity: 'error',
      comment:
        'The pipeline may use features through the registry, Common and Core, never the database bootstrap or anything else above it (transport is left to import-never-imports-transport).',
      from: { path: IMPORT },
      to: {
        path: PROJECT,
        pathNot: [...IMPORT, ...FEATURES, ...COMMON, ...CORE, ...TRANSPORT_AND_ENTRY],
      },
    },
    {
      name: 'adapters-not-entry',
      severity: 'error',
      comment:
        'Adapters are handed the port and services by the entry that wires them, so they may import anything below but never the entry, the CLI or the database bootstrap.',
      from: { path: ADAPTERS },
      to: { path: ENTRY },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports are arrows too: `import type` from a higher layer couples just the same.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
