/**
 * The layer rules in eslint.config.js (DESIGN.md, "Layout") catch a wrong import, and the
 * source as it is passes them. Uses ESLint's Node API with the project's own config.
 */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint();

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const wrong: [string, string, string][] = [
  [
    'a repository importing a service',
    'src-main/repositories/x.repository.ts',
    "import { a } from '../services/orders.service';",
  ],
  [
    'the database layer importing a service',
    'src-main/db/x.ts',
    "import { a } from '../services/app-error';",
  ],
  [
    'a route importing a repository',
    'src-main/server/routes/x.routes.ts',
    "import { a } from '../../repositories/stores.repository';",
  ],
  [
    'a route importing the database',
    'src-main/server/routes/x.routes.ts',
    "import { a } from '../../db/query';",
  ],
  [
    'a service importing a route',
    'src-main/services/x.service.ts',
    "import { a } from '../server/plugins/auth';",
  ],
  ['the SSE hub calling a service', 'src-main/sse/x.ts', "import { a } from '../services/orders.service';"],
  [
    'the SSE hub reading another repository',
    'src-main/sse/x.ts',
    "import { a } from '../repositories/orders.repository';",
  ],
  [
    'renderer code importing the main process',
    'src-renderer/admin/x.ts',
    "import { a } from '../../src-main/services/context';",
  ],
  [
    'renderer common importing the main process',
    'src-renderer/common/x.ts',
    "import type { a } from '../../src-main/sse/hub';",
  ],
  ['one app importing another', 'src-renderer/admin/screens/x.tsx', "import { a } from '../../tablet/cart';"],
  ['renderer common importing an app', 'src-renderer/common/x.ts', "import { a } from '../kitchen/board';"],
  ['src-shared importing anything but zod', 'src-shared/x.ts', "import { a } from 'kysely';"],
  [
    'src-shared importing the main process',
    'src-shared/x.ts',
    "import { a } from '../src-main/errors/app-error';",
  ],
  ['a migration importing src-shared', 'migrations/0002_x.ts', "import { a } from '../src-shared/limits';"],
  [
    'server code importing renderer code',
    'src-main/server/app.ts',
    "import { a } from '../../src-renderer/common/api';",
  ],
];

describe('import layers', () => {
  it.each(wrong)('%s fails the lint', async (_what, filePath, code) => {
    expect(await layerErrors(filePath, `${code}\nexport const b = a;\n`)).toHaveLength(1);
  });

  const right: [string, string][] = [
    ['src-main/repositories/x.repository.ts', "import { a } from '../db/query';"],
    ['src-main/services/x.service.ts', "import { a } from '../repositories/menu.repository';"],
    ['src-main/db/x.ts', "import { a } from '../errors/app-error';"],
    ['src-main/server/routes/x.routes.ts', "import { a } from '../../services/menu.service';"],
    ['src-main/sse/x.ts', "import { a } from '../repositories/events.repository';"],
    ['src-renderer/admin/x.ts', "import { a } from '../common/api';"],
    ['src-renderer/kitchen/x.ts', "import { a } from '../../src-shared/types';"],
    ['src-shared/x.ts', "import { a } from './types';"],
  ];
  it.each(right)('%s may %s', async (filePath, code) => {
    expect(await layerErrors(filePath, `${code}\nexport const b = a;\n`)).toEqual([]);
  });

  // Lints the whole source tree: slow on a busy 2-core machine, so it gets more time.
  it('the source passes the layer rules', { timeout: 180_000 }, async () => {
    const results = await eslint.lintFiles(['src-main', 'src-shared', 'src-renderer', 'migrations']);
    const broken = results.flatMap((r) =>
      r.messages
        .filter((m) => m.ruleId === 'no-restricted-imports')
        .map((m) => `${r.filePath}: ${m.message}`),
    );
    expect(broken).toEqual([]);
    expect(results.length).toBeGreaterThan(50);
  });
});
