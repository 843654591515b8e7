/** docs/api.md is generated from the registered routes; it must match what the code registers now. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_REFERENCE_FILE, buildApiReference } from '../../../scripts/api-reference';

describe('API reference', () => {
  it('docs/api.md is up to date (run `npm run docs:api` after changing a route or schema)', async () => {
    const current = readFileSync(API_REFERENCE_FILE, 'utf8');
    const fresh = await buildApiReference();
    expect(current).toBe(fresh);
  });

  it('covers every call of API.md', () => {
    const text = readFileSync(API_REFERENCE_FILE, 'utf8');
    const calls = [
      'POST /api/setup',
      'POST /api/admin/login',
      'POST /api/admin/logout',
      'POST /api/table/login',
      'POST /api/table/pair',
      'POST /api/table/device-login',
      'GET /api/menus',
      'GET /api/menus/:id',
      'POST /api/orders',
      'GET /api/orders',
      'GET /api/table/events',
      'GET /api/admin/dashboard',
      'GET /api/admin/orders',
      'GET /api/admin/orders/:id',
      'PUT /api/admin/orders/:id/status',
      'DELETE /api/admin/orders/:id',
      'GET /api/admin/tables',
      'POST /api/admin/tables',
      'PUT /api/admin/tables/:id',
      'DELETE /api/admin/tables/:id',
      'POST /api/admin/tables/:id/pairing',
      'DELETE /api/admin/tables/:id/devices',
      'POST /api/admin/tables/:id/session/end',
      'GET /api/admin/tables/:id/history',
      'GET /api/admin/history',
      'GET /api/admin/categories',
      'POST /api/admin/categories',
      'PUT /api/admin/categories/:id',
      'DELETE /api/admin/categories/:id',
      'GET /api/admin/menus',
      'POST /api/admin/menus',
      'GET /api/admin/menus/:id',
      'PUT /api/admin/menus/:id',
      'DELETE /api/admin/menus/:id',
      'PUT /api/admin/menus/order',
      'POST /api/admin/images',
      'GET /api/admin/staff',
      'POST /api/admin/staff',
      'PUT /api/admin/staff/:id',
      'DELETE /api/admin/staff/:id',
      'GET /api/admin/summary',
      'GET /api/admin/summary.csv',
      'GET /api/admin/backups',
      'POST /api/admin/backups',
      'POST /api/admin/backups/:name/restore',
      'GET /api/admin/events',
      'GET /health',
    ];
    for (const call of calls) expect(text, call).toContain(`### \`${call}\``);
  });
});
