// `npm start` (after `npm run build`): the desktop app where Electron can start here, else the
// same store server headless, with one line saying why. `npm run serve` is this with
// `--headless`; any other arguments (`--restore-latest`, `--port 8080` …) go to the server.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { decideStart, gatherStartFacts, headlessNotice } from './start-decision.mjs';
import { SERVER_NODE_ARGS, serverEnv } from './server-runtime.mjs';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const forceHeadless = args.includes('--headless');
const serverArgs = args.filter((a) => a !== '--headless');
const facts = gatherStartFacts(
  root,
  forceHeadless ? { ...process.env, TABLE_ORDER_HEADLESS: '1' } : process.env,
);
const decision = decideStart(facts);

let child;
if (decision.mode === 'electron') {
  const env = serverEnv();
  // Set, it would make Electron behave as plain Node and ignore the app.
  delete env.ELECTRON_RUN_AS_NODE;
  child = spawn(decision.command, decision.args, { cwd: root, stdio: 'inherit', env });
} else {
  if (!forceHeadless) console.error(headlessNotice(decision.reason));
  child = spawn(
    process.execPath,
    [...SERVER_NODE_ARGS, path.join(root, 'dist', 'main', 'headless.js'), ...serverArgs],
    { cwd: root, stdio: 'inherit', env: serverEnv() },
  );
}

// Ctrl+C reaches the child through the terminal; a SIGTERM sent to this process alone must be
// passed on so the store server can close its database cleanly.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  });
}
child.on('error', (err) => {
  console.error(
    `could not start ${decision.mode === 'electron' ? 'Electron' : 'the store server'}:`,
    err.message,
  );
  process.exit(1);
});
child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
