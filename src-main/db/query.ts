/**
 * Kysely as a typed query compiler; better-sqlite3 runs the compiled SQL synchronously.
 * Synchronous execution is what lets a service run a whole transaction without awaiting
 * (DESIGN.md, "Writes are short synchronous transactions"). Statements are cached per SQL.
 */
import {
  DummyDriver,
  Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type Compilable,
} from 'kysely';
import type { Statement } from 'better-sqlite3';
import type { DB } from './schema';
import type { Sqlite } from './connection';

export const qb = new Kysely<DB>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
});

const caches = new WeakMap<Sqlite, Map<string, Statement>>();

export function prepare(db: Sqlite, sqlText: string): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let stmt = cache.get(sqlText);
  if (!stmt) {
    stmt = db.prepare(sqlText);
    cache.set(sqlText, stmt);
  }
  return stmt;
}

type Output<Q> = Q extends Compilable<infer O> ? O : never;

export function all<Q extends Compilable<any>>(db: Sqlite, query: Q): Output<Q>[] {
  const { sql, parameters } = query.compile();
  return prepare(db, sql).all(...(parameters as unknown[])) as Output<Q>[];
}

export function first<Q extends Compilable<any>>(db: Sqlite, query: Q): Output<Q> | undefined {
  const { sql, parameters } = query.compile();
  return prepare(db, sql).get(...(parameters as unknown[])) as Output<Q> | undefined;
}

export function run(db: Sqlite, query: Compilable<any>): { changes: number; lastInsertRowid: number } {
  const { sql, parameters } = query.compile();
  const info = prepare(db, sql).run(...(parameters as unknown[]));
  return { changes: info.changes, lastInsertRowid: Number(info.lastInsertRowid) };
}

/** An INSERT ... RETURNING / UPDATE ... RETURNING that must produce a row. */
export function returning<Q extends Compilable<any>>(db: Sqlite, query: Q): Output<Q> {
  const row = first(db, query);
  if (row === undefined) throw new Error('query returned no row');
  return row;
}
