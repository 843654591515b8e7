/**
 * `npm run serve`: the store server without a desktop, configured by TABLE_ORDER_* variables.
 * Prints where tablets, the admin and the kitchen board are, and where the demo password is.
 * `--restore-latest` / `--restore <backup name>` (or TABLE_ORDER_RESTORE=latest|<name>) puts a
 * backup in place before starting — what to do when the database was found damaged; until then
 * every start is refused. `--new-store` (or TABLE_ORDER_NEW_STORE=1) starts an empty store instead.
 */
import path from 'node:path';
import { createStoreServer } from './server/create-store-server';
import { DatabaseCorruptError } from './db/integrity';
import { lanHost } from './server/lan-address';
import { ConfigError, loadConfig } from './config';

function out(line: string) {
  process.stdout.write(`${line}\n`);
}

async function main() {
  const config = loadConfig(process.env, process.argv.slice(2), {
    dataDir: path.resolve('data'),
    demo: true,
  });
  const { dataDir, host } = config;
  const server = await createStoreServer(config);
  const lan = host === '0.0.0.0' || host === '::' ? lanHost() : host;
  out(
    `Table Order store server listening on http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${server.port}`,
  );
  out(`  tablets:  http://${lan}:${server.port}/table/`);
  out(`  admin:    http://${lan}:${server.port}/admin/`);
  out(`  kitchen:  http://${lan}:${server.port}/kitchen/`);
  if (server.tls) {
    // The tablets' secure address once the store CA is installed on them (docs/tablets.md).
    out(`  HTTPS:    https://${lan}:${server.tls.port}/table/ (after the store CA is installed)`);
    out(`  store CA: http://${lan}:${server.port}/tls/store-ca.crt`);
    out(`            SHA-256 ${server.tls.caSha256}`);
  }
  out(`  data:     ${dataDir}`);
  // --- first-run setup code (SPEC S3): needed to set the store up from another device.
  if (server.setupCode)
    out(`  setup code: ${server.setupCode} (for a setup from another device; also in SETUP_CODE.txt)`);
  // --- end setup code
  if (server.demoCredentials) {
    const c = server.demoCredentials;
    out(`  demo store created: store code "${c.storeCode}", manager "${c.username}" / ${c.password},`);
    out(`  table password ${c.tablePassword} — also written to ${path.join(dataDir, 'FIRST_RUN.txt')}`);
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    out(`${signal}: stopping the store server…`);
    try {
      await server.close();
      process.exit(0);
    } catch (error) {
      console.error(error);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`\n${error.message}\n\nSee "Configuration" in README.md.\n`);
    process.exit(2);
  }
  if (error instanceof DatabaseCorruptError) {
    console.error(`\nThe store server did not start: ${error.message}\n`);
    if (error.latestBackup) {
      console.error('To restore the newest backup and start, run:');
      console.error('  npm run serve -- --restore-latest');
      console.error('or set TABLE_ORDER_RESTORE=latest for one start.');
      console.error('To start an empty store instead (the damaged data stays aside), run:');
      console.error('  npm run serve -- --new-store\n');
    }
    process.exit(2);
  }
  console.error(
    `The store server could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  if (error instanceof Error && error.stack) console.error(error.stack);
  process.exit(1);
});
