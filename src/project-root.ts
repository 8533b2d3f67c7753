import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository's top folder (the one with package.json), from source under ts-jest or from dist/. */
export function projectRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${from}`);
    dir = parent;
  }
  return dir;
}
