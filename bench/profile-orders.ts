/**
 * `npx tsx bench/profile-orders.ts`: orders/s and server CPU per order for one load level,
 * with the server under --cpu-prof (the profile lands in bench/out/). For finding hot paths.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startChild } from './lib/child';
import { makeAgent } from './lib/http';
import { adminToken, menuIds, tableTokens } from './lib/store';
import { orderThroughput } from './throughput';

const tablets = Number(process.argv[2] ?? 16);
const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-prof-'));
const server = await startChild(
  dir,
  0,
  process.env.PROFILE === '1'
    ? ['--cpu-prof', `--cpu-prof-dir=${path.join(import.meta.dirname, 'out')}`]
    : [],
);
const agent = makeAgent(1);
const admin = await adminToken(agent, server.url);
const tokens = await tableTokens(agent, server.url, admin, tablets);
const menus = await menuIds(agent, server.url, tokens[0]!);
const r = await orderThroughput(server, tokens, menus, tablets, 6);
process.stdout.write(`${JSON.stringify(r)}\n`);
await server.stop();
