/** `npm start`: serves Grip on PORT. */
import { serve } from '@hono/node-server';
import { ConfigError, loadConfig } from './config';
import { DataDirInUseError } from './platform/db/lock';
import { startGrip } from './app';

try {
  const config = loadConfig();
  const grip = await startGrip(config);
  const server = serve({ fetch: grip.app.fetch, port: config.port }, (info) => {
    console.log(
      `Grip draait op ${config.baseUrl} (poort ${info.port}, database: ${grip.services.database.kind === 'pglite' ? `PGlite in ${config.dataDir}` : 'PostgreSQL'})`,
    );
  });
  const stop = () => {
    server.close();
    void grip.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (e) {
  if (e instanceof ConfigError || e instanceof DataDirInUseError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
