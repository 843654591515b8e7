/**
 * One error handler for the whole API: AppErrors, request validation, Fastify's own errors
 * (bad JSON, body too large, wrong content type), SQLite constraint and I/O failures, and
 * everything else (500, stack to the log only).
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import {
  ERROR_CODES,
  type ErrorCode,
  type ErrorEnvelope,
  type FieldError,
  type GeneralErrorCode,
} from '../../../src-shared/errors';
import { summarize } from '../../../src-shared/validation';
import { AppError } from '../../errors/app-error';
import type { Logger } from '../../logging/logger';
import { RequestValidationError } from './validation';

const CODE_BY_STATUS: Record<number, GeneralErrorCode> = Object.fromEntries(
  Object.entries(ERROR_CODES).map(([code, status]) => [status, code as GeneralErrorCode]),
);

export function envelope(detail: string, code: ErrorCode, errors?: FieldError[]): ErrorEnvelope {
  return errors ? { detail, error_code: code, errors } : { detail, error_code: code };
}

function fromFastify(err: FastifyError): { status: number; body: ErrorEnvelope } | null {
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return {
        status: 400,
        body: envelope('The request body is not valid JSON', 'VALIDATION_ERROR', [
          { path: '', message: 'is not valid JSON' },
        ]),
      };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, body: envelope('The request body is too large', 'PAYLOAD_TOO_LARGE') };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_TYPE':
      return { status: 415, body: envelope('Unsupported Content-Type', 'UNSUPPORTED_MEDIA_TYPE') };
  }
  if (err instanceof SyntaxError) {
    return {
      status: 400,
      body: envelope('The request body is not valid JSON', 'VALIDATION_ERROR', [
        { path: '', message: 'is not valid JSON' },
      ]),
    };
  }
  const status = err.statusCode;
  if (status && status >= 400 && status < 500) {
    const code = CODE_BY_STATUS[status] ?? 'VALIDATION_ERROR';
    const errors = code === 'VALIDATION_ERROR' ? [{ path: '', message: err.message }] : undefined;
    return { status: ERROR_CODES[code], body: envelope(err.message, code, errors) };
  }
  return null;
}

function fromSqlite(err: Error & { code?: string }): { status: number; body: ErrorEnvelope } | null {
  const code = err.code ?? '';
  if (!code.startsWith('SQLITE_')) return null;
  if (code.startsWith('SQLITE_CONSTRAINT')) {
    return { status: 409, body: envelope('The change conflicts with existing data', 'CONFLICT') };
  }
  if (/^SQLITE_(BUSY|LOCKED|FULL|IOERR|CANTOPEN|READONLY|CORRUPT|NOTADB)/.test(code)) {
    return { status: 503, body: envelope('The database is not available', 'SERVICE_UNAVAILABLE') };
  }
  return null;
}

export function registerErrorHandler(app: FastifyInstance, log: Logger): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      if (error.headers) void reply.headers(error.headers);
      return reply.status(error.statusCode).send(envelope(error.message, error.errorCode, error.errors));
    }
    if (error instanceof RequestValidationError) {
      return reply.status(400).send(envelope(summarize(error.errors), 'VALIDATION_ERROR', error.errors));
    }
    const mapped = fromFastify(error) ?? fromSqlite(error);
    if (mapped) {
      if (mapped.status >= 500) log.error(`${request.method} ${request.url}:`, error);
      return reply.status(mapped.status).send(mapped.body);
    }
    log.error(`${request.method} ${request.url} failed:`, error);
    return reply.status(500).send(envelope('Internal server error', 'INTERNAL_ERROR'));
  });
}
