/**
 * Preloaded into an API started as a child process (`node --require dist/src/lifecycle/parent-watch.js
 * dist/src/index.js`, by the benchmark and the tests): when the process that started it goes away, however it ends,
 * the child's standard input closes and the child shuts down (SIGTERM, so the API stops as it does on Ctrl-C). It
 * never outlives its parent.
 */
process.stdin.on('data', () => undefined);
process.stdin.on('end', () => process.kill(process.pid, 'SIGTERM'));
process.stdin.on('error', () => process.kill(process.pid, 'SIGTERM'));
process.stdin.unref?.();
