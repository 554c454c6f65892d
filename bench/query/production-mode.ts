/**
 * The server in the Docker image runs with NODE_ENV=production, which graphql-js and Apollo read
 * when they load (graphql's development-mode `instanceOf` checks cost several percent of a large
 * answer). Imported first by run.ts so the benchmark measures that mode unless told otherwise.
 */
process.env.NODE_ENV ??= 'production';
