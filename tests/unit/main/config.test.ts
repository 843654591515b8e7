import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src-main/config';

const defaults = { dataDir: '/srv/store', demo: true };

function problems(env: Record<string, string>, argv: string[] = []): string[] {
  try {
    loadConfig(env, argv, defaults);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('store configuration', () => {
  it('has the documented defaults', () => {
    expect(loadConfig({}, [], defaults)).toEqual({
      dataDir: '/srv/store',
      host: '0.0.0.0',
      port: 7780,
      demo: true,
      demoPassword: undefined,
      logLevel: 'info',
      publicUrl: undefined,
      timeZone: undefined,
      restore: undefined,
      acceptNewStore: false,
      tableOrdersPerMinute: 20,
      https: { port: 7743 },
    });
    expect(loadConfig({}, [], { dataDir: 'rel', demo: false }).dataDir).toBe(path.resolve('rel'));
  });

  it('reads every variable, empty ones counting as unset', () => {
    const c = loadConfig(
      {
        TABLE_ORDER_DATA_DIR: '/tmp/x',
        TABLE_ORDER_HOST: '127.0.0.1',
        TABLE_ORDER_PORT: '0',
        TABLE_ORDER_DEMO: '0',
        TABLE_ORDER_DEMO_PASSWORD: 'secret-1',
        TABLE_ORDER_PUBLIC_URL: 'http://store.local:7780/',
        TABLE_ORDER_TIMEZONE: 'Asia/Seoul',
        TABLE_ORDER_LOG_LEVEL: 'debug',
        TABLE_ORDER_TABLE_ORDERS_PER_MINUTE: '0',
        TABLE_ORDER_RESTORE: '',
      },
      [],
      defaults,
    );
    expect(c).toMatchObject({
      dataDir: '/tmp/x',
      host: '127.0.0.1',
      port: 0,
      demo: false,
      demoPassword: 'secret-1',
      publicUrl: 'http://store.local:7780',
      timeZone: 'Asia/Seoul',
      logLevel: 'debug',
      tableOrdersPerMinute: 0,
      restore: undefined,
    });
  });

  it('serves HTTPS on 7743 unless TABLE_ORDER_HTTPS_PORT says another port or off', () => {
    expect(loadConfig({ TABLE_ORDER_HTTPS_PORT: '8443' }, [], defaults).https).toEqual({ port: 8443 });
    expect(loadConfig({ TABLE_ORDER_HTTPS_PORT: 'off' }, [], defaults).https).toBeUndefined();
    expect(problems({ TABLE_ORDER_HTTPS_PORT: 'no' })).toEqual([
      'TABLE_ORDER_HTTPS_PORT must be a port number from 0 to 65535, or off (got "no")',
    ]);
  });

  it('takes flags over variables', () => {
    expect(loadConfig({ TABLE_ORDER_RESTORE: 'a.db' }, ['--restore-latest'], defaults).restore).toBe(
      'latest',
    );
    expect(loadConfig({}, ['--restore', 'b.db'], defaults).restore).toBe('b.db');
    expect(loadConfig({}, ['--restore=c.db'], defaults).restore).toBe('c.db');
    expect(loadConfig({}, ['--new-store'], defaults).acceptNewStore).toBe(true);
    expect(loadConfig({ TABLE_ORDER_NEW_STORE: '1' }, [], defaults).acceptNewStore).toBe(true);
    expect(
      loadConfig({ TABLE_ORDER_PORT: '1' }, ['--port', '8080', '--data-dir', '/d'], defaults),
    ).toMatchObject({
      port: 8080,
      dataDir: '/d',
    });
  });

  it('names every bad value and what it takes', () => {
    const found = problems({
      TABLE_ORDER_PORT: '70000',
      TABLE_ORDER_DEMO: 'yes',
      TABLE_ORDER_TIMEZONE: 'Mars/Base',
      TABLE_ORDER_PUBLIC_URL: 'ftp://x',
      TABLE_ORDER_LOG_LEVEL: 'loud',
      TABLE_ORDER_HOST: 'not a host',
    });
    expect(found).toHaveLength(6);
    expect(found.join('\n')).toMatch(/TABLE_ORDER_PORT must be at most 65535 \(got "70000"\)/);
    expect(found.join('\n')).toMatch(/TABLE_ORDER_DEMO must be 0 or 1/);
    expect(found.join('\n')).toMatch(/TABLE_ORDER_TIMEZONE must be an IANA time zone/);
    expect(found.join('\n')).toMatch(/TABLE_ORDER_PUBLIC_URL must be an http/);
    expect(problems({ TABLE_ORDER_PORT: '80a' })[0]).toMatch(/whole number/);
    expect(problems({ TABLE_ORDER_PORT: '-1' })[0]).toMatch(/whole number/);
  });

  it('refuses an unknown flag with the list of known ones', () => {
    expect(problems({}, ['--restor'])[0]).toMatch(/--restor.*known flags: --restore-latest/);
  });
});

describe('the headless entry with a bad setting', () => {
  it('stops before opening anything and says which variable is wrong', async () => {
    const { spawnSync } = await import('node:child_process');
    const { mkdtempSync, readdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dataDir = mkdtempSync(path.join(tmpdir(), 'table-order-config-'));
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src-main/headless.ts'], {
      cwd: path.resolve(import.meta.dirname, '../../..'),
      env: { ...process.env, TABLE_ORDER_DATA_DIR: dataDir, TABLE_ORDER_PORT: 'eighty' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('TABLE_ORDER_PORT must be a whole number from 0 to 65535 (got "eighty")');
    expect(readdirSync(dataDir)).toEqual([]);
  });
});
