// What `npm start` runs: the desktop app where Electron can start, else the same store server
// headless. The decision is a pure function of gathered facts so it can be tested anywhere.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Where node_modules/electron would run its binary from, without `require('electron')`:
 * that require downloads the binary when it is missing, which must never happen here.
 */
export function findElectronBinary(electronDir, env, exists = existsSync, read = readFileSync) {
  const pathFile = path.join(electronDir, 'path.txt');
  const relative = exists(pathFile) ? String(read(pathFile, 'utf8')).trim() : '';
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
    return exists(candidate) ? candidate : null;
  }
  if (!relative) return null;
  const candidate = path.join(electronDir, 'dist', relative);
  return exists(candidate) ? candidate : null;
}

/**
 * The Node ABI a native addon was built for, read from its `node_register_module_v<ABI>` symbol;
 * null for a Node-API addon (`napi_register_module_v1`), which loads in any Node or Electron.
 */
export function nativeModuleAbi(binary) {
  const match = /node_register_module_v(\d+)/.exec(binary.toString('latin1'));
  return match ? match[1] : null;
}

function hasDisplay(platform, env) {
  if (platform === 'win32' || platform === 'darwin') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

const REBUILD_HINT = 'npx electron-rebuild -f -w better-sqlite3';

export function decideStart(facts) {
  const { env } = facts;
  if (env.TABLE_ORDER_HEADLESS === '1') return { mode: 'headless', reason: 'TABLE_ORDER_HEADLESS=1 is set' };
  if (!facts.electronBinary) {
    return {
      mode: 'headless',
      reason: 'the Electron binary is not installed (node_modules/electron has no dist/)',
    };
  }
  if (!hasDisplay(facts.platform, env)) {
    return { mode: 'headless', reason: 'there is no display (DISPLAY and WAYLAND_DISPLAY are unset)' };
  }
  if (!facts.mainBuilt) {
    return { mode: 'headless', reason: 'dist/main/index.js (the desktop entry) is not built' };
  }
  if (facts.electronAbi && facts.nativeAbi && facts.electronAbi !== facts.nativeAbi) {
    return {
      mode: 'headless',
      reason:
        `better-sqlite3 is built for Node (ABI ${facts.nativeAbi}), not Electron (ABI ${facts.electronAbi}); ` +
        `run \`${REBUILD_HINT}\` for the desktop app`,
    };
  }
  const args = ['.'];
  // Chromium refuses to start as root unless its sandbox is off (containers, CI boxes).
  if (facts.platform === 'linux' && facts.isRoot) args.push('--no-sandbox');
  return { mode: 'electron', command: facts.electronBinary, args };
}

export function headlessNotice(reason) {
  return (
    `Electron is not starting: ${reason}. ` +
    'Running the same store server headless instead — open /admin/ and /kitchen/ in a browser.'
  );
}

/** Reads the facts from this checkout (`root` is the repository folder). */
export function gatherStartFacts(root, env = process.env, platform = process.platform) {
  const electronDir = path.join(root, 'node_modules', 'electron');
  const read = (file) => {
    try {
      return readFileSync(file);
    } catch {
      return null;
    }
  };
  const abiFile = read(path.join(electronDir, 'abi_version'));
  // better-sqlite3 13 ships Node-API prebuilds (no ABI to match); a source build may not be.
  const addon = read(
    path.join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'),
  );
  return {
    platform,
    env,
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
    mainBuilt: existsSync(path.join(root, 'dist', 'main', 'index.js')),
    electronBinary: findElectronBinary(electronDir, env),
    electronAbi: abiFile ? abiFile.toString('utf8').trim() : null,
    nativeAbi: addon ? nativeModuleAbi(addon) : null,
  };
}
