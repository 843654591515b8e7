/** Kitchen stations (K5): the manager's list; categories are routed to them in the menu. */
import { LIMITS } from '../../src-shared/limits';
import type { StationInput } from '../../src-shared/schemas';
import type { Station } from '../../src-shared/types';
import { ConflictError, NotFoundError } from '../errors/app-error';
import * as stationsRepo from '../repositories/stations.repository';
import type { ServiceContext } from './context';

export function listStations(ctx: ServiceContext, storeId: number): { stations: Station[] } {
  return { stations: stationsRepo.listStations(ctx.db, storeId) };
}

export function createStation(
  ctx: ServiceContext,
  storeId: number,
  input: StationInput & { name: string },
): Promise<Station> {
  return ctx.writer.write((tx) => {
    if (stationsRepo.countStations(tx.db, storeId) >= LIMITS.stationsMax) {
      throw new ConflictError(`A store has at most ${LIMITS.stationsMax} stations`);
    }
    if (stationsRepo.findStationByName(tx.db, storeId, input.name)) {
      throw new ConflictError(`A station named "${input.name}" already exists`);
    }
    const id = stationsRepo.insertStation(tx.db, {
      store_id: storeId,
      name: input.name,
      display_order: input.display_order ?? stationsRepo.maxStationOrder(tx.db, storeId) + 1,
    });
    tx.emit(storeId, 'menu.updated', {}, null);
    return stationsRepo.getStation(tx.db, storeId, id)!;
  });
}

export function updateStation(
  ctx: ServiceContext,
  storeId: number,
  id: number,
  input: StationInput,
): Promise<Station> {
  return ctx.writer.write((tx) => {
    const station = stationsRepo.getStation(tx.db, storeId, id);
    if (!station) throw new NotFoundError(`Station ${id} not found`);
    if (input.name !== undefined && input.name !== station.name) {
      if (stationsRepo.findStationByName(tx.db, storeId, input.name)) {
        throw new ConflictError(`A station named "${input.name}" already exists`);
      }
    }
    stationsRepo.updateStation(tx.db, id, input);
    tx.emit(storeId, 'menu.updated', {}, null);
    return stationsRepo.getStation(tx.db, storeId, id)!;
  });
}

export function deleteStation(ctx: ServiceContext, storeId: number, id: number): Promise<void> {
  return ctx.writer.write((tx) => {
    if (!stationsRepo.getStation(tx.db, storeId, id)) throw new NotFoundError(`Station ${id} not found`);
    stationsRepo.deleteStation(tx.db, storeId, id);
    tx.emit(storeId, 'menu.updated', {}, null);
  });
}
