/**
 * Every migration, in order. Append-only: a landed migration is never edited or removed;
 * the migrator refuses a database whose applied list is not a prefix of this one.
 */
import type { Kysely } from 'kysely';
import * as m0001 from './0001_init';
import * as m0002 from './0002_table_password_weak';

export interface Migration {
  name: string;
  up(db: Kysely<any>): Promise<void>;
}

export const migrations: readonly Migration[] = [
  { name: '0001_init', up: m0001.up },
  { name: '0002_table_password_weak', up: m0002.up },
];
