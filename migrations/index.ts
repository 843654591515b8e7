/**
 * Every migration, in order. Append-only: a landed migration is never edited or removed;
 * the migrator refuses a database whose applied list is not a prefix of this one.
 */
import type { Kysely } from 'kysely';
import * as m0001 from './0001_init';
import * as m0002 from './0002_deleted_orders';
import * as m0003 from './0003_health_probe';
import * as m0004 from './0004_table_password_weak';
import * as m0005 from './0005_device_keys';
import * as m0006 from './0006_menu_options';
import * as m0007 from './0007_stations';
import * as m0008 from './0008_guest_service';
import * as m0009 from './0009_printing';
import * as m0010 from './0010_checkout_floor';
import * as m0011 from './0011_store_tls';

export interface Migration {
  name: string;
  up(db: Kysely<any>): Promise<void>;
}

export const migrations: readonly Migration[] = [
  { name: '0001_init', up: m0001.up },
  { name: '0002_deleted_orders', up: m0002.up },
  { name: '0003_health_probe', up: m0003.up },
  { name: '0004_table_password_weak', up: m0004.up },
  { name: '0005_device_keys', up: m0005.up },
  { name: '0006_menu_options', up: m0006.up },
  { name: '0007_stations', up: m0007.up },
  { name: '0008_guest_service', up: m0008.up },
  { name: '0009_printing', up: m0009.up },
  { name: '0010_checkout_floor', up: m0010.up },
  { name: '0011_store_tls', up: m0011.up },
];
