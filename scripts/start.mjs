// `npm start` (after `npm run build`): the desktop app where Electron can start here, else the
// same store server headless, with one line saying why.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { decideStart, gatherStartFacts, headlessNotice } from './start-decision.mjs';

const root = path.resolve(import.meta.dirname, '..');
const decision = decideStart(gatherStartFacts(root));

let child;
if (decision.mode === 'electron') {
  const env = { ...process.env };
  // Set, it would make Electron behave as plain Node and ignore the app.
  delete env.ELECTRON_RUN_AS_NODE;
  child = spawn(decision.command, decision.args, { cwd: root, stdio: 'inherit', env });
} else {
  console.error(headlessNotice(decision.reason));
  child = spawn(process.execPath, [path.join(root, 'dist', 'main', 'headless.js')], {
    cwd: root,
    stdio: 'inherit',
    env: process.env,
  });
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
