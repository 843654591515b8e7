/** Reads the resume point of an SSE request: Last-Event-ID header, else `last_event_id` query. */
import type { FastifyRequest } from 'fastify';

export function resumeId(request: FastifyRequest): number | null {
  const header = request.headers['last-event-id'];
  const query = lastEventIdQuery(request.query);
  const raw = (Array.isArray(header) ? header[0] : header) ?? (typeof query === 'string' ? query : undefined);
  if (raw === undefined || !/^\d{1,15}$/.test(raw.trim())) return null;
  return Number(raw.trim());
}

function lastEventIdQuery(query: unknown): unknown {
  return typeof query === 'object' && query !== null && 'last_event_id' in query
    ? query.last_event_id
    : undefined;
}
