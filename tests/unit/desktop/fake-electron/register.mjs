// `node --import ./register.mjs dist/main/index.js`: runs the real Electron entry in plain Node
// with `electron` replaced by electron.mjs beside this file.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
