export interface StartFacts {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  isRoot: boolean;
  /** dist/main/index.js exists. */
  mainBuilt: boolean;
  /** Absolute path of the Electron executable, or null when it is not installed. */
  electronBinary: string | null;
  /** node_modules/electron/abi_version. */
  electronAbi: string | null;
  /** The ABI better-sqlite3's addon was compiled for. */
  nativeAbi: string | null;
}

export type StartDecision =
  { mode: 'electron'; command: string; args: string[] } | { mode: 'headless'; reason: string };

export function findElectronBinary(
  electronDir: string,
  env: Record<string, string | undefined>,
  exists?: (file: string) => boolean,
  read?: (file: string, encoding: 'utf8') => string,
): string | null;
export function nativeModuleAbi(binary: Buffer): string | null;
export function decideStart(facts: StartFacts): StartDecision;
export function headlessNotice(reason: string): string;
export function gatherStartFacts(
  root: string,
  env?: Record<string, string | undefined>,
  platform?: NodeJS.Platform,
): StartFacts;
