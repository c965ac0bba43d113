import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';

// The closed list of error codes, each mapped once to an HTTP status.
const statusByCode = {
  'validation.failed': 400,
  'auth.required': 401,
  'auth.invalid_credentials': 401,
  'auth.email_taken': 409,
  'auth.throttled': 429,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  'org.last_owner': 409,
  'invitation.invalid': 404,
  'invitation.wrong_email': 403,
  'network.membership_exists': 409,
  'import.invalid_rows': 422,
  'collaboration.invalid_transition': 409,
  'collaboration.not_party': 409,
  'agreement.incomplete': 422,
  'agreement.not_editable': 409,
  'agreement.not_proposed': 409,
  'agreement.hash_mismatch': 409,
  'agreement.already_signed': 409,
  'payload.too_large': 413,
  'payload.unsupported_type': 415,
  'document.corrupted': 409,
  rate_limited: 429,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof statusByCode;
export interface FieldError {
  field: string;
  message: string;
}

const titles: Record<ErrorCode, string> = {
  'validation.failed': 'The request is not valid',
  'auth.required': 'Sign in required',
  'auth.invalid_credentials': 'Wrong e-mail or password',
  'auth.email_taken': 'An account with this e-mail already exists',
  'auth.throttled': 'Too many failed sign-in attempts',
  forbidden: 'You are not allowed to do this',
  not_found: 'Not found',
  conflict: 'Conflict with the current state',
  'org.last_owner': 'An organization must keep at least one owner',
  'invitation.invalid': 'This invitation is not valid',
  'invitation.wrong_email': 'This invitation was sent to another e-mail address',
  'network.membership_exists': 'The organization already has a membership in this network',
  'import.invalid_rows': 'Some rows are not valid',
  'collaboration.invalid_transition': 'This change of state is not allowed',
  'collaboration.not_party': 'The organization is not a party in this state',
  'agreement.incomplete': 'The agreement has blocking problems',
  'agreement.not_editable': 'This version can no longer be edited',
  'agreement.not_proposed': 'This version is not open for signature',
  'agreement.hash_mismatch': 'The document you signed is not the proposed version',
  'agreement.already_signed': 'This party has already signed this version',
  'payload.too_large': 'The request body is too large',
  'payload.unsupported_type': 'Unsupported content type',
  'document.corrupted': 'The stored document failed its integrity check',
  rate_limited: 'Too many requests',
  internal: 'Internal error',
};

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly options: { detail?: string; errors?: FieldError[]; retryAfterSeconds?: number; extra?: object } = {},
  ) {
    super(options.detail ?? titles[code]);
    this.status = statusByCode[code];
  }
}

export function validationError(field: string, message: string): AppError {
  return new AppError('validation.failed', { detail: `${field}: ${message}`, errors: [{ field, message }] });
}

export function fieldErrorsFromZod(error: ZodError, prefix = ''): FieldError[] {
  return error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(body)',
    message: issue.message,
  }));
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (!(error instanceof Error)) return new AppError('internal');
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = error.validation.map((v) => {
      const path = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
      const context = error.validationContext === 'body' ? '' : error.validationContext;
      return { field: [context, path].filter(Boolean).join('.') || '(body)', message: v.message ?? 'is not valid' };
    });
    return new AppError('validation.failed', {
      detail: errors.map((e) => `${e.field}: ${e.message}`).join('; '),
      errors,
    });
  }
  if (error instanceof ZodError) {
    const errors = fieldErrorsFromZod(error);
    return new AppError('validation.failed', {
      detail: errors.map((e) => `${e.field}: ${e.message}`).join('; '),
      errors,
    });
  }
  const status = (error as FastifyError).statusCode;
  if (status === 404) return new AppError('not_found');
  if (status === 413) return new AppError('payload.too_large', { detail: 'The limit is 1 MiB' });
  if (status === 415) return new AppError('payload.unsupported_type');
  if (status === 429) return new AppError('rate_limited');
  if (status !== undefined && status >= 400 && status < 500) {
    const code = (error as FastifyError).code;
    return new AppError('validation.failed', {
      detail: error.message,
      errors: [{ field: code === 'FST_ERR_CTP_INVALID_JSON_BODY' ? '(body)' : '(request)', message: error.message }],
    });
  }
  return new AppError('internal');
}

export function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const appError = toAppError(error);
  if (appError.code === 'internal') request.log.error({ err: error }, 'unhandled error');
  if (appError.options.retryAfterSeconds !== undefined) {
    reply.header('Retry-After', String(appError.options.retryAfterSeconds));
  }
  return reply
    .status(appError.status)
    .type('application/problem+json')
    .send({
      type: `urn:synergia:problem:${appError.code}`,
      title: titles[appError.code],
      status: appError.status,
      code: appError.code,
      ...(appError.options.detail ? { detail: appError.options.detail } : {}),
      ...(appError.options.errors ? { errors: appError.options.errors } : {}),
      ...appError.options.extra,
    });
}
