/**
 * Where committed events go. The writer publishes every batch it committed; listeners (the SSE
 * hub) subscribe. It exists before both, so neither has to know the other at construction.
 */
import type { StoredEvent } from './writer';

export type EventListener = (events: readonly StoredEvent[]) => void;

export class EventBus {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Hands a committed batch to every listener; one that throws does not stop the others. */
  publish = (events: readonly StoredEvent[]): void => {
    for (const listener of this.listeners) {
      try {
        listener(events);
      } catch (error) {
        this.onListenerError(error);
      }
    }
  };

  constructor(private readonly onListenerError: (error: unknown) => void = () => {}) {}
}
