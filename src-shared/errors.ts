/**
 * Error codes of the API envelope (API.md, "Errors"). Several codes can share a status (409):
 * a client that only knows the status still reads it as a conflict; one that knows the code
 * can act on it (the tablet drops an outbox order that came back ORDER_DELETED/SESSION_ENDED).
 */
export const ERROR_CODES = {
  VALIDATION_ERROR: 400,
  AUTH_ERROR: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  MISDIRECTED_REQUEST: 421,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
} as const;

/**
 * Codes more specific than their status's general one, used by one endpoint each. Kept apart
 * so that the general code stays the one a bare status maps to (409 → CONFLICT).
 */
export const SPECIFIC_ERROR_CODES = {
  /** POST /api/orders: this client_order_id belonged to an order a manager deleted. */
  ORDER_DELETED: 409,
  /** POST /api/orders and /api/staff-calls: the table session the tablet saw (`session_id`) has ended since. */
  SESSION_ENDED: 409,
} as const;

export type GeneralErrorCode = keyof typeof ERROR_CODES;
export type ErrorCode = GeneralErrorCode | keyof typeof SPECIFIC_ERROR_CODES;

export interface FieldError {
  path: string;
  message: string;
}

export interface ErrorEnvelope {
  detail: string;
  error_code: ErrorCode;
  errors?: FieldError[];
}

export function isErrorEnvelope(value: unknown): value is ErrorEnvelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ErrorEnvelope).detail === 'string' &&
    typeof (value as ErrorEnvelope).error_code === 'string'
  );
}
