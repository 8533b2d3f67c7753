/**
 * Checks the container files (Dockerfile, .dockerignore, docker-compose.yml, .env.example)
 * against what the API needs and against the Compose Specification. Needs no Docker engine:
 * the spec validation runs `config` of a `docker compose` plugin or `docker-compose` binary
 * when the machine has one (Debian: apt-get install -y --no-install-recommends docker-compose).
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const root = join(__dirname, '..', '..');
const read = (file: string): string => readFileSync(join(root, file), 'utf8');

type Env = Record<string, string>;
interface Service {
  image?: string;
  build?: unknown;
  environment?: Env | string[];
  ports?: Array<string | number | { target?: number; published?: string | number; host_ip?: string }>;
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: {
    test?: string | string[];
    disable?: boolean;
    interval?: string;
    timeout?: string;
    retries?: number;
    start_period?: string;
  };
  volumes?: Array<string | { type?: string; source?: string; target?: string }>;
  network_mode?: string;
  env_file?: unknown;
  restart?: string;
}
interface Compose {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
  [key: string]: unknown;
}

const composeText = read('docker-compose.yml');
const compose = parse(composeText) as Compose;
const services = compose.services ?? {};

function environment(service: Service): Env {
  const env = service.environment ?? {};
  if (!Array.isArray(env)) return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v == null ? '' : String(v)]));
  return Object.fromEntries(
    env.map((entry) => {
      const at = entry.indexOf('=');
      return at < 0 ? [entry, ''] : [entry.slice(0, at), entry.slice(at + 1)];
    }),
  );
}

interface Published {
  raw: string;
  hostIp?: string;
  published?: string;
  target: string;
}

function publishedPorts(service: Service): Published[] {
  return (service.ports ?? []).map((port) => {
    if (typeof port === 'object') {
      return { raw: JSON.stringify(port), hostIp: port.host_ip, published: port.published?.toString(), target: String(port.target) };
    }
    const raw = String(port);
    const parts = raw.replace(/\/(tcp|udp|sctp)$/, '').split(':');
    if (parts.length === 3) return { raw, hostIp: parts[0], published: parts[1], target: parts[2] };
    if (parts.length === 2) return { raw, published: parts[0], target: parts[1] };
    return { raw, target: parts[0] };
  });
}

function testCommand(service: Service): string {
  const test = service.healthcheck?.test;
  return Array.isArray(test) ? test.join(' ') : String(test ?? '');
}

/** A value that is only a compose variable, e.g. ${NAME}, ${NAME:-}, ${NAME:?message}. */
const INTERPOLATION = /^\$\{[A-Za-z_][A-Za-z0-9_]*(:?[-?][^}]*)?\}$/;

interface Instruction {
  keyword: string;
  args: string;
}

/** Dockerfile instructions (comments dropped, continuation lines joined), grouped by stage. */
function dockerfileStages(text: string): Instruction[][] {
  const lines = text.split(/\r?\n/).filter((line) => !/^\s*#/.test(line));
  const joined = lines.join('\n').replace(/\\\n/g, ' ');
  const instructions = joined
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const match = /^(\S+)\s*(.*)$/.exec(line)!;
      return { keyword: match[1].toUpperCase(), args: match[2].trim() };
    });
  const stages: Instruction[][] = [];
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') stages.push([]);
    if (stages.length === 0) continue; // ARG before FROM
    stages[stages.length - 1].push(instruction);
  }
  return stages;
}

const dockerfileText = read('Dockerfile');
const stages = dockerfileStages(dockerfileText);
const finalStage = stages[stages.length - 1] ?? [];
const all = (stage: Instruction[], keyword: string) => stage.filter((i) => i.keyword === keyword);

/** COPY sources from the build context (not --from=stage): paths, without the destination. */
function copySources(instruction: Instruction): string[] {
  const words = instruction.args.split(/\s+/).filter((w) => !w.startsWith('--'));
  return words.slice(0, -1);
}

function startScriptTarget(): string {
  const pkg = JSON.parse(read('package.json')) as { scripts?: Record<string, string> };
  const match = /\bnode\s+(\S+\.js)\b/.exec(pkg.scripts?.start ?? '');
  if (!match) throw new Error(`package.json's start script runs no "node <file>.js": ${pkg.scripts?.start}`);
  return match[1];
}

describe('docker-compose.yml', () => {
  it('runs the neo4j service from exactly neo4j:5.26-community and the api from this Dockerfile', () => {
    expect(Object.keys(services).sort()).toEqual(['api', 'neo4j']);
    expect(services.neo4j.image).toBe('neo4j:5.26-community');
    expect(services.api.build).toBe('.');
  });

  it('publishes every port on 127.0.0.1 only', () => {
    let count = 0;
    for (const [name, service] of Object.entries(services)) {
      expect({ service: name, network_mode: service.network_mode }).toEqual({ service: name, network_mode: undefined });
      for (const port of publishedPorts(service)) {
        count += 1;
        expect({ service: name, port: port.raw, hostIp: port.hostIp }).toEqual({ service: name, port: port.raw, hostIp: '127.0.0.1' });
        expect(port.published).toMatch(/^\d+$/);
      }
    }
    expect(
      publishedPorts(services.neo4j)
        .map((p) => `${p.published}:${p.target}`)
        .sort(),
    ).toEqual(['7474:7474', '7687:7687']);
    expect(publishedPorts(services.api).map((p) => `${p.published}:${p.target}`)).toEqual(['4000:4000']);
    expect(count).toBe(3);
  });

  it('starts the api only once neo4j is healthy', () => {
    const dependsOn = services.api.depends_on;
    expect(Array.isArray(dependsOn)).toBe(false); // the short list form cannot wait for health
    expect((dependsOn as Record<string, { condition?: string }>).neo4j?.condition).toBe('service_healthy');
  });

  it('gives both services a real healthcheck', () => {
    for (const [name, service] of Object.entries(services)) {
      const check = service.healthcheck;
      expect({ service: name, hasHealthcheck: check !== undefined }).toEqual({ service: name, hasHealthcheck: true });
      expect(check!.disable).not.toBe(true);
      expect(Array.isArray(check!.test)).toBe(true);
      expect(['CMD', 'CMD-SHELL']).toContain((check!.test as string[])[0]);
      expect(check!.interval).toMatch(/^\d+(ms|s|m)$/);
      expect(check!.timeout).toMatch(/^\d+(ms|s|m)$/);
      expect(check!.start_period).toMatch(/^\d+(ms|s|m)$/);
      expect(check!.retries).toBeGreaterThanOrEqual(1);
    }
    // neo4j: a Cypher round trip (or Neo4j's HTTP port); api: /ready, which needs Neo4j.
    expect(testCommand(services.neo4j)).toMatch(/cypher-shell .*RETURN 1|:7474/);
    expect(testCommand(services.api)).toContain('http://127.0.0.1:4000/ready');
    expect(testCommand(services.api)).not.toMatch(/\b(curl|wget)\b/); // not in node:20-bookworm-slim
    expect(services.api.restart).toBe('unless-stopped');
  });

  it("points the api's NEO4J_URI at the neo4j service's bolt port", () => {
    const env = environment(services.api);
    const uri = new URL(env.NEO4J_URI);
    expect(uri.protocol).toBe('bolt:');
    expect(Object.keys(services)).toContain(uri.hostname);
    expect(services[uri.hostname].image).toMatch(/^neo4j:/);
    expect(uri.port).toBe('7687');
    // Neo4j listens for Bolt on 7687 unless told otherwise.
    const neo4jEnv = environment(services.neo4j);
    expect(neo4jEnv.NEO4J_server_bolt_listen__address ?? ':7687').toMatch(/:7687$/);
    expect(publishedPorts(services.neo4j).map((p) => p.target)).toContain(uri.port);
    expect(env).toMatchObject({ NEO4J_USER: 'neo4j', SEED: 'true', NODE_ENV: 'production', INTROSPECTION: 'true' });
  });

  it('sets Neo4j memory and keeps its data in a named volume', () => {
    const env = environment(services.neo4j);
    for (const setting of [
      'NEO4J_server_memory_pagecache_size',
      'NEO4J_server_memory_heap_initial__size',
      'NEO4J_server_memory_heap_max__size',
    ]) {
      expect(env[setting]).toMatch(/^\d+[KMG]$/);
    }
    const dataVolume = (services.neo4j.volumes ?? []).map(String).find((v) => /:\/data(:|$)/.test(v));
    expect(dataVolume).toBeDefined();
    const volumeName = dataVolume!.split(':')[0];
    expect(volumeName).not.toMatch(/^[./~]/); // a named volume, not a bind mount
    expect(Object.keys(compose.volumes ?? {})).toContain(volumeName);
  });

  it('holds no password: it comes from NEO4J_PASSWORD in .env', () => {
    const neo4jEnv = environment(services.neo4j);
    const apiEnv = environment(services.api);
    expect(neo4jEnv.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD(:?\?[^}]*)?\}$/);
    expect(apiEnv.NEO4J_PASSWORD).toMatch(/^\$\{NEO4J_PASSWORD(:?[-?][^}]*)?\}$/);
    // Every secret-looking variable of every service is nothing but a compose variable.
    for (const [name, service] of Object.entries(services)) {
      for (const [key, value] of Object.entries(environment(service))) {
        if (!/PASS|SECRET|TOKEN|KEY|AUTH/i.test(key) || key === 'NEO4J_AUTH') continue;
        expect({ service: name, key, value, onlyAVariable: value === '' || INTERPOLATION.test(value) }).toEqual({
          service: name,
          key,
          value,
          onlyAVariable: true,
        });
      }
      // The neo4j image turns every NEO4J_* variable into a neo4j.conf setting: no NEO4J_PASSWORD there.
      if (service.image?.startsWith('neo4j:')) expect(Object.keys(environment(service))).not.toContain('NEO4J_PASSWORD');
    }
    // Passwords given on a command line (healthchecks) are variables of the container, not literals.
    for (const match of composeText.matchAll(/(?:^|\s)(?:-p|--password)[\s=]+(\S+)/g)) {
      expect(match[1]).toMatch(/^\\?["']?\$/);
    }
    const example = /^NEO4J_PASSWORD=(.+)$/m.exec(read('.env.example'));
    expect(example).not.toBeNull();
    expect(composeText).not.toContain(example![1].trim());
    // .env holds the real password: never committed, never in the image's build context.
    expect(read('.gitignore').split(/\r?\n/)).toContain('.env');
    expect(read('.dockerignore').split(/\r?\n/)).toContain('.env');
  });

  it('is valid by the Compose Specification', () => {
    // Structure, always checked.
    const topLevel = ['version', 'name', 'include', 'services', 'networks', 'volumes', 'configs', 'secrets'];
    for (const key of Object.keys(compose)) {
      if (!key.startsWith('x-')) expect(topLevel).toContain(key);
    }
    expect(compose.version).toBeUndefined(); // obsolete in the Compose Specification
    for (const service of Object.values(services)) {
      expect(service.image !== undefined || service.build !== undefined).toBe(true);
      // env_file: .env would make `config` fail wherever .env is missing (CI, a fresh clone).
      expect(service.env_file).toBeUndefined();
    }

    const command = composeCommand();
    if (!command) {
      // No validator on this machine: only the structural checks above ran.
      console.warn('docker-compose.yml: no `docker compose` or `docker-compose` found, Compose Specification validation not run');
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'compose-check-'));
    try {
      const password = `pw-${randomBytes(9).toString('hex')}`;
      const goodEnv = join(dir, 'good.env');
      writeFileSync(goodEnv, `NEO4J_PASSWORD=${password}\n`);
      const valid = runCompose(command, ['--env-file', goodEnv, 'config', '-q']);
      expect({ status: valid.status, stderr: valid.stderr }).toEqual({ status: 0, stderr: expect.any(String) });

      // The password reaches Neo4j and the API, from the env file only.
      const resolved = runCompose(command, ['--env-file', goodEnv, 'config']);
      expect(resolved.status).toBe(0);
      const config = parse(resolved.stdout) as Compose;
      expect(environment(config.services.neo4j).NEO4J_AUTH).toBe(`neo4j/${password}`);
      expect(environment(config.services.api).NEO4J_PASSWORD).toBe(password);

      // Without NEO4J_PASSWORD, compose refuses and says what to set.
      const emptyEnv = join(dir, 'empty.env');
      writeFileSync(emptyEnv, '# no password\n');
      const missing = runCompose(command, ['--env-file', emptyEnv, 'config', '-q']);
      expect(missing.status).not.toBe(0);
      expect(missing.stderr).toContain('NEO4J_PASSWORD');

      // The validator does reject a file that breaks the specification.
      const broken = join(dir, 'broken.yml');
      writeFileSync(broken, stringify({ ...compose, services: { ...services, api: { ...services.api, not_a_compose_key: true } } }));
      expect(parse(readFileSync(broken, 'utf8')).services.api.not_a_compose_key).toBe(true);
      const invalid = runCompose(command, ['--env-file', goodEnv, 'config', '-q'], broken);
      expect(invalid.status).not.toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** `docker compose` (plugin) or `docker-compose` (standalone), whichever answers `version`. */
function composeCommand(): string[] | null {
  for (const command of [['docker', 'compose'], ['docker-compose']]) {
    const result = spawnSync(command[0], [...command.slice(1), 'version'], { encoding: 'utf8', timeout: 30_000 });
    if (result.status === 0) return command;
  }
  return null;
}

function runCompose(command: string[], args: string[], file = join(root, 'docker-compose.yml')) {
  const env = { ...process.env };
  for (const name of ['NEO4J_PASSWORD', 'CORS_ORIGINS', 'API_KEYS', 'COMPOSE_FILE', 'COMPOSE_PROJECT_NAME']) delete env[name];
  const [bin, ...sub] = command;
  const result = spawnSync(bin, [...sub, '-f', file, '--project-directory', root, ...args], {
    cwd: root,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return {
    status: result.status,
    stdout: result.stdout ?? '',
    stderr: `${result.stderr ?? ''}${result.error ? String(result.error) : ''}`,
  };
}

describe('Dockerfile', () => {
  it('builds in a node:20-bookworm-slim stage and runs from another one', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage[0].args).toMatch(/^node:20-bookworm-slim(\s+AS\s+\S+)?$/i);
    const buildStage = stages.find((stage) => all(stage, 'RUN').some((i) => /\bnpm run build\b/.test(i.args)));
    expect(buildStage).toBeDefined();
    expect(buildStage).not.toBe(finalStage);
    expect(all(buildStage!, 'RUN').some((i) => /\bnpm ci\b(?!.*--omit)/.test(i.args))).toBe(true);
    const buildName = /\sAS\s+(\S+)$/i.exec(buildStage![0].args)?.[1];
    expect(buildName).toBeDefined();

    // Runtime: production dependencies only, the compiled code from the build stage.
    expect(all(finalStage, 'RUN').some((i) => /\bnpm ci\b.*--omit=dev/.test(i.args))).toBe(true);
    expect(all(finalStage, 'RUN').some((i) => /\bnpm run build\b|\bnpm (ci|install)\b(?!.*--omit=dev)/.test(i.args))).toBe(false);
    const fromBuild = all(finalStage, 'COPY').filter((i) => i.args.includes(`--from=${buildName}`));
    expect(fromBuild.some((i) => /\/dist\s+\S*dist\/?$/.test(i.args))).toBe(true);
  });

  it('copies seeds/ and schema/ into the runtime image, and nothing of neo4j-local', () => {
    const sources = all(finalStage, 'COPY')
      .filter((i) => !i.args.includes('--from='))
      .flatMap(copySources)
      .map((s) => s.replace(/^\.\//, '').replace(/\/$/, ''));
    expect(sources).toEqual(expect.arrayContaining(['seeds', 'schema', 'package.json', 'package-lock.json']));
    expect(sources).not.toContain('.'); // no wholesale copy of the build context
    const instructions = stages
      .flat()
      .map((i) => `${i.keyword} ${i.args}`)
      .join('\n');
    expect(instructions).not.toContain('neo4j-local');
    expect(instructions).not.toMatch(/\bmvn\b|\bjava\b/);
  });

  it('copies only files that exist and that .dockerignore keeps in the build context', () => {
    const ignored = read('.dockerignore')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'));
    expect(ignored).toEqual(
      expect.arrayContaining(['node_modules', 'dist', '.neo4j', 'neo4j-local/target', 'coverage', '.git', '*.log', '.env']),
    );
    const sources = stages
      .flat()
      .filter((i) => i.keyword === 'COPY' && !i.args.includes('--from='))
      .flatMap(copySources)
      .map((s) => s.replace(/^\.\//, '').replace(/\/$/, ''));
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) {
      expect({ source, exists: existsSync(join(root, source)) }).toEqual({ source, exists: true });
      expect(ignored).not.toContain(source);
    }
  });

  it('runs node dist/src/index.js, the start script target, as the node user on port 4000', () => {
    const target = startScriptTarget();
    expect(target).toBe('dist/src/index.js');
    const cmd = all(finalStage, 'CMD').pop();
    expect(cmd).toBeDefined();
    expect(JSON.parse(cmd!.args)).toEqual(['node', target]);
    // tsc puts src/index.ts at <outDir>/src/index.js when rootDir is the project's top folder.
    const tsconfig = JSON.parse(read('tsconfig.json')) as { compilerOptions: { outDir: string; rootDir: string } };
    expect(`${tsconfig.compilerOptions.outDir.replace(/^\.\//, '')}/src/index.js`).toBe(target);
    expect(tsconfig.compilerOptions.rootDir).toBe('.');

    expect(all(finalStage, 'USER').pop()?.args).toBe('node');
    const envs = all(finalStage, 'ENV')
      .map((i) => i.args)
      .join(' ');
    expect(envs).toMatch(/\bNODE_ENV=production\b/);
    expect(envs).toMatch(/\bPORT=4000\b/);
    expect(all(finalStage, 'EXPOSE').map((i) => i.args)).toContain('4000');
  });

  it('has a HEALTHCHECK that asks /health with node (no curl in the slim image)', () => {
    const healthcheck = all(finalStage, 'HEALTHCHECK').pop();
    expect(healthcheck).toBeDefined();
    const exec = /\bCMD\s+(\[.*\])\s*$/.exec(healthcheck!.args);
    expect(exec).not.toBeNull();
    const argv = JSON.parse(exec![1]) as string[];
    expect(argv[0]).toBe('node');
    expect(argv.join(' ')).toContain('http://127.0.0.1:');
    expect(argv.join(' ')).toContain('/health');
    expect(argv.join(' ')).toContain('4000');
    expect(healthcheck!.args).not.toMatch(/\b(curl|wget)\b/);
  });
});
