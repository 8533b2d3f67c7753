import { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/**
 * Stops a child process and resolves once it has exited: asks it to stop, then kills it (SIGKILL) if it is still
 * running after `graceMs`. It is asked with `how`: a signal (default SIGTERM, on which the API shuts down cleanly), or
 * 'close-stdin' for a child that stops when its standard input closes (the local Neo4j launcher).
 */
export function stopChild(child: ChildProcess, graceMs: number, how: NodeJS.Signals | 'close-stdin' = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    if (how === 'close-stdin') child.stdin?.end();
    else child.kill(how);
  });
}

/** A free TCP port on 127.0.0.1 (for a child process to listen on). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
