import { cpus, platform, release, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphExecutor } from '../../src/graph/executor';
import { projectRoot } from '../../src/project-root';

/** The machine the benchmark ran on. */
export interface MachineInfo {
  cpuModel: string;
  cpuCount: number;
  totalMemoryBytes: number;
  os: string;
}

/** Versions of what was measured. */
export interface Versions {
  node: string;
  neo4j: string;
  packages: Record<string, string>;
}

/** The packages whose versions the report records. */
export const REPORTED_PACKAGES = [
  '@apollo/server',
  '@as-integrations/express5',
  'express',
  'graphql',
  'type-graphql',
  'neo4j-driver',
  'dataloader',
];

export function machineInfo(): MachineInfo {
  const cores = cpus();
  return {
    cpuModel: cores[0]?.model ?? 'unknown',
    cpuCount: cores.length,
    totalMemoryBytes: totalmem(),
    os: `${platform()} ${release()}`,
  };
}

/** Node's version, Neo4j's (CALL dbms.components()) and the installed versions of the API's main packages. */
export async function versions(graph: GraphExecutor): Promise<Versions> {
  const rows = await graph.read({
    cypher: 'CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition',
    params: {},
  });
  const neo4j = rows.map((row) => `${String(row.name)} ${(row.versions as string[]).join(', ')} ${String(row.edition)}`).join('; ');
  const packages: Record<string, string> = {};
  for (const name of REPORTED_PACKAGES) {
    try {
      packages[name] = (
        JSON.parse(readFileSync(join(projectRoot(), 'node_modules', name, 'package.json'), 'utf8')) as { version: string }
      ).version;
    } catch {
      packages[name] = 'not installed';
    }
  }
  return { node: process.version, neo4j, packages };
}
