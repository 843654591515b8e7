/** Request validation with the shared zod schemas; failures carry field paths and messages. */
import type { FastifyInstance } from 'fastify';
import type { ZodType } from 'zod';
import type { FieldError } from '../../../src-shared/errors';
import { toFieldErrors } from '../../../src-shared/validation';

export class RequestValidationError extends Error {
  constructor(readonly errors: FieldError[]) {
    super('Validation failed');
  }
}

export function registerValidation(app: FastifyInstance): void {
  app.setValidatorCompiler(({ schema }) => (data: unknown) => {
    // reportInput: zod 4 leaves `input` off its issues otherwise, and the messages need it to
    // tell a missing field ("is required") from one of the wrong type ("must be a number").
    const result = (schema as ZodType).safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    return { error: new RequestValidationError(toFieldErrors(result.error.issues)) };
  });
  // Validation errors above are thrown as they are; keep Fastify from rewording them.
  app.setSchemaErrorFormatter((errors) => {
    const first = errors[0] as unknown;
    return first instanceof RequestValidationError ? first : new Error('Validation failed');
  });
}
