/** Store set-up over the API: manager login, extra tables, table logins, menu ids. */
import type http from 'node:http';
import { json } from './http';

export const PASSWORD = 'bench-pass';

export async function adminToken(agent: http.Agent, url: string): Promise<string> {
  const r = await json<{ token: string }>(agent, `${url}/api/admin/login`, 'POST', {
    store_code: 'demo',
    username: 'admin',
    password: PASSWORD,
  });
  return r.token;
}

/** Table tokens for tables 1..n (creates the tables the demo store lacks). */
export async function tableTokens(
  agent: http.Agent,
  url: string,
  admin: string,
  n: number,
): Promise<string[]> {
  const existing = await json<{ tables: { table_number: number }[] }>(
    agent,
    `${url}/api/admin/tables`,
    'GET',
    undefined,
    admin,
  );
  const have = new Set(existing.tables.map((t) => t.table_number));
  for (let i = 1; i <= n; i++) {
    if (!have.has(i)) {
      await json(agent, `${url}/api/admin/tables`, 'POST', { table_number: i, password: PASSWORD }, admin);
    }
  }
  const tokens: string[] = [];
  for (let i = 1; i <= n; i++) {
    const r = await json<{ token: string }>(agent, `${url}/api/table/login`, 'POST', {
      store_code: 'demo',
      table_number: i,
      password: PASSWORD,
    });
    tokens.push(r.token);
  }
  return tokens;
}

export async function menuIds(agent: http.Agent, url: string, tableToken: string): Promise<number[]> {
  const r = await json<{
    categories: { menus: { id: number; available: boolean; option_groups: { min_select: number }[] }[] }[];
  }>(agent, `${url}/api/menus`, 'GET', undefined, tableToken);
  // Dishes that need no option choice, so every bench order is the same simple request.
  const plain = (m: { available: boolean; option_groups: { min_select: number }[] }) =>
    m.available && !m.option_groups.some((g) => g.min_select > 0);
  return r.categories.flatMap((c) => c.menus.filter(plain).map((m) => m.id));
}
