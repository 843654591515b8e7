import { sql, type Kysely } from 'kysely';

/**
 * Menus real restaurants can enter (T7, T8): option groups and options per dish, translations,
 * 원산지, allergens, badges, prep time; order lines with their chosen options (snapshots), a
 * request note, the dish's base price and a kitchen status of their own.
 *
 * Translations, allergens, badges and option snapshots are JSON text: they are read and written
 * whole with their row and never searched inside by SQL.
 *
 * order_items is rebuilt rather than altered: its unit_price had to be > 0, but a dish with a
 * discount option may cost 0 (API-2 refuses only below 0), and its ids become AUTOINCREMENT so
 * that a line id (K6 addresses lines by id) is never handed to a later line. Lines archived
 * before this migration get ids from that same sequence, so every line of the archive has one.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const statements = [
    sql`ALTER TABLE categories ADD COLUMN translations TEXT NOT NULL DEFAULT '{}'`,
    // The kitchen station the category is routed to (K5); null = the default station.
    sql`ALTER TABLE categories ADD COLUMN station_id INTEGER`,
    sql`ALTER TABLE menus ADD COLUMN translations TEXT NOT NULL DEFAULT '{}'`,
    sql`ALTER TABLE menus ADD COLUMN origin TEXT CHECK (origin IS NULL OR length(origin) <= 200)`,
    sql`ALTER TABLE menus ADD COLUMN allergens TEXT NOT NULL DEFAULT '[]'`,
    sql`ALTER TABLE menus ADD COLUMN badges TEXT NOT NULL DEFAULT '[]'`,
    sql`ALTER TABLE menus ADD COLUMN prep_minutes INTEGER CHECK (prep_minutes BETWEEN 1 AND 120)`,
    sql`CREATE TABLE menu_option_groups (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      menu_id INTEGER NOT NULL REFERENCES menus(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      min_select INTEGER NOT NULL CHECK (min_select >= 0),
      max_select INTEGER NOT NULL CHECK (max_select >= min_select),
      display_order INTEGER NOT NULL,
      translations TEXT NOT NULL DEFAULT '{}'
    )`,
    sql`CREATE INDEX menu_option_groups_menu ON menu_option_groups (menu_id, display_order)`,
    sql`CREATE TABLE menu_options (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      group_id INTEGER NOT NULL REFERENCES menu_option_groups(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      price_delta INTEGER NOT NULL CHECK (price_delta BETWEEN -1000000 AND 1000000),
      available INTEGER NOT NULL DEFAULT 1 CHECK (available IN (0, 1)),
      display_order INTEGER NOT NULL,
      translations TEXT NOT NULL DEFAULT '{}'
    )`,
    sql`CREATE INDEX menu_options_group ON menu_options (group_id, display_order)`,
    sql`CREATE TABLE order_items_new (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
      menu_id INTEGER NOT NULL,
      menu_name TEXT NOT NULL,
      base_price INTEGER NOT NULL,
      unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
      quantity INTEGER NOT NULL CHECK (quantity > 0),
      note TEXT CHECK (note IS NULL OR length(note) BETWEEN 1 AND 100),
      options_json TEXT NOT NULL DEFAULT '[]',
      status TEXT CHECK (status IS NULL OR status IN ('pending', 'preparing', 'completed'))
    )`,
    sql`INSERT INTO order_items_new (id, order_id, menu_id, menu_name, base_price, unit_price, quantity)
        SELECT id, order_id, menu_id, menu_name, unit_price, unit_price, quantity FROM order_items`,
    sql`DROP TABLE order_items`,
    sql`ALTER TABLE order_items_new RENAME TO order_items`,
    sql`CREATE INDEX order_items_order ON order_items (order_id)`,
  ];
  for (const statement of statements) await statement.execute(db);
  await archiveLineIds(db);
}

/** Gives every archived line the new line fields, with ids drawn from order_items' sequence. */
async function archiveLineIds(db: Kysely<any>): Promise<void> {
  const maxLive = (await sql<{ m: number | null }>`SELECT MAX(id) AS m FROM order_items`.execute(db)).rows[0]
    ?.m;
  let next = (maxLive ?? 0) + 1;
  const rows = (
    await sql<{ id: number; status: string; items_json: string }>`
      SELECT id, status, items_json FROM order_history ORDER BY id`.execute(db)
  ).rows;
  for (const row of rows) {
    let items: Record<string, unknown>[];
    try {
      items = JSON.parse(row.items_json) as Record<string, unknown>[];
    } catch {
      continue; // unreadable archive rows are left as they are; reads fall back per line
    }
    if (!Array.isArray(items)) continue;
    const upgraded = items.map((item) => ({
      id: next++,
      menu_id: item.menu_id,
      menu_name: item.menu_name,
      base_price: item.unit_price,
      unit_price: item.unit_price,
      quantity: item.quantity,
      subtotal: item.subtotal,
      note: null,
      options: [],
      status: row.status,
    }));
    await sql`UPDATE order_history SET items_json = ${JSON.stringify(upgraded)} WHERE id = ${row.id}`.execute(
      db,
    );
  }
  if (next > (maxLive ?? 0) + 1) {
    // AUTOINCREMENT continues after the largest id it has handed out or seen in sqlite_sequence.
    await sql`INSERT INTO sqlite_sequence (name, seq) SELECT 'order_items', ${next - 1}
              WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'order_items')`.execute(db);
    await sql`UPDATE sqlite_sequence SET seq = MAX(seq, ${next - 1}) WHERE name = 'order_items'`.execute(db);
  }
}
