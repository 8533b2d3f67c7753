import 'reflect-metadata';
import { startApp } from './app';
import { loadConfig } from './config';

/** `npm start`: the seeded API at http://localhost:4000/graphql (PORT), on NEO4J_URI or the local Neo4j. */
async function main(): Promise<void> {
  const config = loadConfig();
  const app = await startApp(config);
  console.log(`GraphQL API ready at ${app.url}${config.production ? '' : ' (open it in a browser for Apollo Sandbox)'}`);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    app.stop().then(
      () => process.exit(0),
      (error: Error) => {
        console.error(error.message);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: Error) => {
  console.error(`Could not start: ${error.message}`);
  process.exit(1);
});
