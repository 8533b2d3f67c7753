/**
 * Preloaded into the API child (`node --require .../parent-watch.js dist/src/index.js`): when the benchmark that
 * started it goes away, however it ends, the child's standard input closes and the child shuts down (SIGTERM, so
 * the API stops as it does on Ctrl-C). It never outlives the benchmark.
 */
process.stdin.on('data', () => undefined);
process.stdin.on('end', () => process.kill(process.pid, 'SIGTERM'));
process.stdin.on('error', () => process.kill(process.pid, 'SIGTERM'));
process.stdin.unref?.();
