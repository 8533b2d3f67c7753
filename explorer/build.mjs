// Bundles the explorer (explorer/src) and GraphiQL (explorer/graphiql) for the browser with esbuild, into
// dist/explorer/assets with content hashes in their names, and writes dist/explorer/manifest.json: for each entry its
// script and stylesheet, which the server (src/explore/assets.ts) puts in the pages it serves. `npm run build` runs it.
// Nothing is fetched at run time: every library is bundled here from node_modules.
import { build } from 'esbuild';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'explorer', 'assets');

/** The pages' entries: `main` for every explorer page, `graphiql` only for /explore/graphiql. */
export const ENTRIES = {
  main: 'explorer/src/main.tsx',
  graphiql: 'explorer/graphiql/main.tsx',
};

/**
 * Monaco's web workers for GraphiQL's editors, started by explorer/graphiql/workers.ts as module workers. They are
 * bundled with the pages (ESM, code splitting), so what they share with each other and with GraphiQL's page (Monaco's
 * worker base, graphql-js) is one file, not copied into each worker; a worker only loads the modules it reaches.
 */
export const WORKERS = {
  'editor.worker': 'node_modules/monaco-editor/esm/vs/editor/editor.worker.js',
  'json.worker': 'node_modules/monaco-editor/esm/vs/language/json/json.worker.js',
  'graphql.worker': 'node_modules/monaco-graphql/esm/graphql.worker.js',
};

const common = {
  absWorkingDir: root,
  bundle: true,
  minify: true,
  sourcemap: 'linked',
  target: ['chrome120', 'firefox120', 'safari17'],
  outdir,
  entryNames: '[name]-[hash]',
  chunkNames: 'chunk-[hash]',
  assetNames: '[name]-[hash]',
  metafile: true,
  legalComments: 'linked',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.graphql': 'text', '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file' },
  jsx: 'automatic',
};

/**
 * Smaller GraphiQL (explorer/graphiql), nothing changed in what it does:
 * - Monaco's own CSS imports are empty: graphiql/style.css already has Monaco's styles (and its codicon font), and
 *   esbuild would otherwise write copies of them next to the lazily loaded chunks, which no page loads.
 * - Prettier's Babel parser and ESTree printer, which GraphiQL loads only to prettify JSON (variables, headers), are
 *   replaced by explorer/graphiql/prettier-jsonc.ts (jsonc-parser formats it; some 140 kB gzipped less).
 * - `prettier/parser-graphql` (CommonJS) is the same plugin as `prettier/plugins/graphql` (ESM): bundled once.
 * - Monaco comes with the editor features GraphiQL uses only (explorer/graphiql/monaco-editor.ts), not all of them.
 */
const graphiqlDiet = {
  name: 'graphiql-diet',
  setup(plugin) {
    plugin.onResolve({ filter: /\.css$/ }, (args) =>
      /[\\/]node_modules[\\/]monaco-editor[\\/]/.test(args.importer) ? { path: args.path, namespace: 'monaco-css' } : undefined,
    );
    plugin.onLoad({ filter: /.*/, namespace: 'monaco-css' }, () => ({ contents: '', loader: 'js' }));
    // `monaco-graphql/esm/monaco-editor.js` from GraphiQL, `./monaco-editor` from monaco-graphql's own modules.
    plugin.onResolve({ filter: /(^monaco-graphql\/esm|^\.)\/monaco-editor(\.js)?$/ }, (args) =>
      args.path.startsWith('monaco-graphql/') || /[\\/]node_modules[\\/]monaco-graphql[\\/]/.test(args.importer)
        ? { path: join(root, 'explorer', 'graphiql', 'monaco-editor.ts') }
        : undefined,
    );
    plugin.onResolve({ filter: /^prettier\/(parser-babel|plugins\/estree)$/ }, () => ({
      path: join(root, 'explorer', 'graphiql', 'prettier-jsonc.ts'),
    }));
    plugin.onResolve({ filter: /^prettier\/parser-graphql$/ }, (args) =>
      plugin.resolve('prettier/plugins/graphql', { kind: args.kind, resolveDir: args.resolveDir }),
    );
  },
};

/** Which output file an entry produced, with its stylesheet, from esbuild's metafile. */
function manifestOf(metafile, entries) {
  const manifest = {};
  for (const [output, info] of Object.entries(metafile.outputs)) {
    if (!info.entryPoint) continue;
    const name = Object.keys(entries).find((key) => info.entryPoint === entries[key]);
    if (!name) continue;
    manifest[name] = {
      script: relative(outdir, join(root, output)),
      style: info.cssBundle ? relative(outdir, join(root, info.cssBundle)) : undefined,
    };
  }
  return manifest;
}

async function main() {
  await rm(dirname(outdir), { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  const pages = await build({
    ...common,
    entryPoints: { ...ENTRIES, ...WORKERS },
    format: 'esm',
    splitting: true,
    plugins: [graphiqlDiet],
    // JSX per folder from the nearest tsconfig.json: Preact for the explorer's pages (small), React for GraphiQL,
    // which is bundled only into its own page's files.
  });
  const manifest = { ...manifestOf(pages.metafile, ENTRIES), ...manifestOf(pages.metafile, WORKERS) };
  await writeFile(join(dirname(outdir), 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
}

await main();
