import path from 'node:path';
import express, { type Router } from 'express';

/** The query GraphiQL opens on: the comparison question the platform exists to answer. */
export const EXAMPLE_QUERY = `# How do 晋中市 (140700) and 天津市河东区 (120102) compare? Press ▶ (Ctrl-Enter) to run;
# open "Docs" for every type, field and metric key.
query CompareRegions {
  compare(
    regions: ["140700", "120102"]
    metrics: ["facilities.quantity", "facilities.investmentYuan", "events.count", "results.gold"]
  ) {
    region { code fullName }
    year
    metric
    value
    approximate
    rank
  }
  region(code: "140700") {
    fullName
    children { code name }
  }
}
`;

const ASSETS: Record<string, [pkg: string, file: string]> = {
  'react.js': ['react', 'umd/react.production.min.js'],
  'react-dom.js': ['react-dom', 'umd/react-dom.production.min.js'],
  'graphiql.js': ['graphiql', 'graphiql.min.js'],
  'graphiql.css': ['graphiql', 'graphiql.min.css'],
};

/** GraphiQL from the app's own assets: bureau networks are often cut off from CDNs. */
export function playgroundRouter(): Router {
  const router = express.Router();
  for (const [name, [pkg, file]] of Object.entries(ASSETS)) {
    // The packages' export maps hide their UMD builds from require.resolve; their folders do not.
    const resolved = path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
    router.get(`/playground/${name}`, (_req, res) => {
      res.sendFile(resolved, { maxAge: '1d', headers: { 'X-Content-Type-Options': 'nosniff' } });
    });
  }
  return router;
}

export function playgroundHtml(): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>sports-ledger · GraphiQL</title>
<link rel="stylesheet" href="/playground/graphiql.css">
<style>body{margin:0;height:100vh}#graphiql{height:100vh}</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script src="/playground/react.js"></script>
<script src="/playground/react-dom.js"></script>
<script src="/playground/graphiql.js"></script>
<script>
const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
const root = ReactDOM.createRoot(document.getElementById('graphiql'));
root.render(React.createElement(GraphiQL, {
  fetcher,
  defaultQuery: ${JSON.stringify(EXAMPLE_QUERY)},
  defaultEditorToolsVisibility: true,
}));
</script>
</body>
</html>
`;
}

/** A browser asking for /graphql without a query gets the playground. */
export function wantsPlayground(req: express.Request): boolean {
  return (
    req.method === 'GET' &&
    !req.query.query &&
    Boolean(req.accepts(['application/json', 'text/html']) === 'text/html')
  );
}
