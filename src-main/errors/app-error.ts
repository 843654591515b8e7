/** The seed's error hierarchy; one error handler turns these into the API envelope. */
import type { ErrorCode, FieldError } from '../../src-shared/errors';

export class AppError extends Error {
  constructor(
    message: string,
    readonly statusCode: number,
    readonly errorCode: ErrorCode,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends AppError {
  constructor(message = 'Resource not found') {
    super(message, 404, 'NOT_FOUND');
  }
}

export class ValidationError extends AppError {
  constructor(message = 'Validation failed', errors?: FieldError[]) {
    super(message, 400, 'VALIDATION_ERROR', errors ?? [{ path: '', message }]);
  }
}

export class AuthenticationError extends AppError {
  constructor(message = 'Authentication failed') {
    super(message, 401, 'AUTH_ERROR');
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'Access forbidden') {
    super(message, 403, 'FORBIDDEN');
  }
}

export class ConflictError extends AppError {
  constructor(message = 'Resource conflict') {
    super(message, 409, 'CONFLICT');
  }
}

/** 409 with a specific code (ORDER_DELETED, SESSION_ENDED) the client acts on. */
export class OrderRejectedError extends AppError {
  constructor(message: string, code: 'ORDER_DELETED' | 'SESSION_ENDED') {
    super(message, 409, code);
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(message = 'Payload too large') {
    super(message, 413, 'PAYLOAD_TOO_LARGE');
  }
}

export class UnsupportedMediaTypeError extends AppError {
  constructor(message = 'Unsupported media type') {
    super(message, 415, 'UNSUPPORTED_MEDIA_TYPE');
  }
}

export class RateLimitedError extends AppError {
  constructor(message: string, retryAfterSeconds: number) {
    super(message, 429, 'RATE_LIMITED', undefined, { 'retry-after': String(retryAfterSeconds) });
  }
}

export class ServiceUnavailableError extends AppError {
  constructor(message = 'Service temporarily unavailable', retryAfterSeconds?: number) {
    super(
      message,
      503,
      'SERVICE_UNAVAILABLE',
      undefined,
      retryAfterSeconds === undefined ? undefined : { 'retry-after': String(retryAfterSeconds) },
    );
  }
}

/** The request's Host is not one of this store's names or addresses (DNS rebinding). */
export class MisdirectedRequestError extends AppError {
  constructor(message = 'This request is not addressed to this store server') {
    super(message, 421, 'MISDIRECTED_REQUEST');
  }
}
