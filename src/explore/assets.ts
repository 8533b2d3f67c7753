import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../project-root';

/** One bundle of the explorer: its script and stylesheet, file names under the assets folder (content-hashed). */
export interface BundleFiles {
  script: string;
  style?: string;
}

/** What `npm run build` bundled (explorer/build.mjs writes dist/explorer/manifest.json). */
export interface ExplorerAssets {
  /** The folder the hashed files are served from. */
  dir: string;
  /** The explorer's pages. */
  main: BundleFiles;
  /** GraphiQL's page. */
  graphiql: BundleFiles;
  /** Monaco's workers for GraphiQL's editors, by name (`editor.worker`, `json.worker`, `graphql.worker`). */
  workers: Record<string, string>;
}

/** Where the build puts the explorer. */
export function explorerDir(root: string = projectRoot()): string {
  return join(root, 'dist', 'explorer');
}

/** The explorer's bundles from the build's manifest, or undefined when the explorer was not built. */
export function readExplorerAssets(dir: string = explorerDir()): ExplorerAssets | undefined {
  const manifestFile = join(dir, 'manifest.json');
  if (!existsSync(manifestFile)) return undefined;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, BundleFiles>;
  const workers: Record<string, string> = {};
  for (const [name, files] of Object.entries(manifest)) if (name.endsWith('.worker')) workers[name] = files.script;
  return { dir: join(dir, 'assets'), main: manifest.main, graphiql: manifest.graphiql, workers };
}
