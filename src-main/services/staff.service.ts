/** Staff accounts; a password or role change ends that account's logins. */
import type { Staff, StaffRole } from '../../src-shared/types';
import { ConflictError, NotFoundError } from '../errors/app-error';
import type { ServiceContext, StaffPrincipal } from './context';
import { hashPassword } from './crypto';
import * as staffRepo from '../repositories/staff.repository';
import { deleteTokensOfStaff } from '../repositories/auth.repository';

export function listStaff(ctx: ServiceContext, storeId: number): { staff: Staff[] } {
  return { staff: staffRepo.listStaff(ctx.db, storeId) };
}

export async function createStaff(
  ctx: ServiceContext,
  storeId: number,
  input: { username: string; password: string; role: StaffRole },
): Promise<Staff> {
  const hash = await hashPassword(input.password);
  return ctx.writer.write((tx) => {
    if (staffRepo.findStaffByUsername(tx.db, storeId, input.username)) {
      throw new ConflictError(`The username "${input.username}" is taken`);
    }
    const id = staffRepo.insertStaff(tx.db, {
      store_id: storeId,
      username: input.username,
      password_hash: hash,
      role: input.role,
      now: tx.now,
    });
    return { id, username: input.username, role: input.role };
  });
}

export async function updateStaff(
  ctx: ServiceContext,
  principal: StaffPrincipal,
  id: number,
  input: { password?: string; role?: StaffRole },
): Promise<Staff> {
  const hash = input.password !== undefined ? await hashPassword(input.password) : undefined;
  const result = await ctx.writer.write((tx) => {
    const staff = staffRepo.getStaff(tx.db, principal.storeId, id);
    if (!staff) throw new NotFoundError(`Staff account ${id} not found`);
    const demoting = input.role === 'kitchen' && staff.role === 'manager';
    if (demoting && staffRepo.countManagers(tx.db, principal.storeId) <= 1) {
      throw new ConflictError('The store needs at least one manager');
    }
    staffRepo.updateStaff(tx.db, principal.storeId, id, {
      ...(hash !== undefined ? { password_hash: hash } : {}),
      ...(input.role !== undefined ? { role: input.role } : {}),
    });
    const revoke = hash !== undefined || (input.role !== undefined && input.role !== staff.role);
    if (revoke) deleteTokensOfStaff(tx.db, id);
    return { staff: { ...staff, role: input.role ?? staff.role }, revoke };
  });
  if (result.revoke) ctx.presence.closeStaff(id);
  return result.staff;
}

export async function deleteStaff(ctx: ServiceContext, principal: StaffPrincipal, id: number): Promise<void> {
  await ctx.writer.write((tx) => {
    const staff = staffRepo.getStaff(tx.db, principal.storeId, id);
    if (!staff) throw new NotFoundError(`Staff account ${id} not found`);
    if (id === principal.staffId) throw new ConflictError('You cannot delete your own account');
    if (staff.role === 'manager' && staffRepo.countManagers(tx.db, principal.storeId) <= 1) {
      throw new ConflictError('The store needs at least one manager');
    }
    staffRepo.deleteStaff(tx.db, principal.storeId, id);
  });
  ctx.presence.closeStaff(id);
}
