import { sql, type Kysely } from 'kysely';

/**
 * Kitchen stations (K5): the manager names them (주방, 음료, 튀김…) and routes categories to
 * them (`categories.station_id`, added by 0006; null = the default station). A deleted
 * station's categories go back to the default station.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE stations (
    id INTEGER PRIMARY KEY,
    store_id INTEGER NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    display_order INTEGER NOT NULL DEFAULT 0,
    UNIQUE (store_id, name)
  )`.execute(db);
}
