import { sql, type Kysely } from 'kysely';

/**
 * Table passwords shorter than 6 characters are weak (API-2 "Security"): new ones are refused,
 * old ones keep working until changed and the admin screen warns about them. Only the hash
 * is stored, so the flag is learnt when a password is set or a tablet logs in with it:
 * NULL = not known yet, 1 = weak, 0 = long enough.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE tables ADD COLUMN password_weak INTEGER CHECK (password_weak IN (0, 1))`.execute(db);
}
