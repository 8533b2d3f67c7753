// Monaco's web workers for GraphiQL's editors. GraphiQL 5 documents `graphiql/setup-workers/vite` and `.../webpack`,
// which rely on those bundlers' worker syntax; here esbuild bundles the workers as ES modules (WORKERS in
// explorer/build.mjs) and the server lists their hashed URLs in #app's data-workers. Real same-origin files, so the
// page's CSP (worker-src 'self') needs no blob: and no eval.

/** The worker files the page may start, by the names explorer/build.mjs gives them. */
export interface WorkerUrls {
  'editor.worker': string;
  'json.worker': string;
  'graphql.worker': string;
}

/** The worker URLs from #app's data-workers (JSON); throws when one is missing. */
export function readWorkerUrls(app: HTMLElement): WorkerUrls {
  const parsed: unknown = JSON.parse(app.dataset.workers ?? '{}');
  const urls = (parsed && typeof parsed === 'object' ? parsed : {}) as Partial<Record<keyof WorkerUrls, unknown>>;
  const names: (keyof WorkerUrls)[] = ['editor.worker', 'json.worker', 'graphql.worker'];
  for (const name of names) {
    if (typeof urls[name] !== 'string') throw new Error(`GraphiQL's page lacks the URL of Monaco's ${name} (data-workers)`);
  }
  return urls as WorkerUrls;
}

/** Which worker Monaco asks for (its label: the language, or editorWorkerService for the editor's own). */
export function workerFor(label: string): keyof WorkerUrls {
  if (label === 'json') return 'json.worker';
  if (label === 'graphql') return 'graphql.worker';
  return 'editor.worker';
}

/** Tells Monaco how to start its workers: module scripts from this origin, named after their label. */
export function setupMonacoWorkers(urls: WorkerUrls): void {
  (globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
    getWorker(_workerId: string, label: string): Worker {
      return new Worker(urls[workerFor(label)], { type: 'module', name: label });
    },
  };
}
