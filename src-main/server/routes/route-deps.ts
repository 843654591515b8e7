/** What route plugins are given: the services' context, the SSE hub, backup operations, health. */
import type { BackupInfo } from '../../../src-shared/types';
import type { ServiceContext } from '../../services/context';
import type { RestoreHooks, RestoreResult } from '../../services/backup-restore.service';
import type { SseHub } from '../../sse/hub';

/** What the backup routes need from the running server (createStoreServer provides it). */
export interface BackupOperations {
  list(): BackupInfo[];
  create(): Promise<BackupInfo>;
  /** `by` (who asked) goes into the restored database's audit log. */
  restore(name: string, options?: Pick<RestoreHooks, 'by'>): Promise<RestoreResult>;
}

export interface HealthState {
  version: string;
  startedAt: number;
  /** False while starting, restoring a backup, or when the database failed. */
  ready: () => boolean;
}

export interface RouteDeps {
  ctx: ServiceContext;
  hub: SseHub;
  backups: BackupOperations;
  health: HealthState;
  /** Orders per table per minute; 0 turns the limit off. */
  tableOrdersPerMinute: number;
}
