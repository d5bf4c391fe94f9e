import { VigilError } from '../common/errors.js';

/** The database failed (connection lost, timeout): retriable. */
export class DatabaseError extends VigilError {
  constructor(message: string, cause?: unknown) {
    super('VGL_DATABASE', message, { retriable: true, cause });
  }
}

export class MigrationError extends VigilError {
  constructor(message: string, cause?: unknown) {
    super('VGL_MIGRATION', message, { cause });
  }
}

/** No valid session, or wrong credentials (the message never says which part was wrong). */
export class AuthError extends VigilError {
  constructor(message = 'not signed in') {
    super('VGL_AUTH', message);
  }
}

/** Signed in, but the role does not allow it. */
export class ForbiddenError extends VigilError {
  constructor(message: string) {
    super('VGL_FORBIDDEN', message);
  }
}

export class CsrfError extends VigilError {
  constructor(message = 'missing or wrong CSRF token') {
    super('VGL_CSRF', message);
  }
}

/** The item is claimed by someone else, already decided, or the claim expired. */
export class ConflictError extends VigilError {
  constructor(message: string) {
    super('VGL_CONFLICT', message);
  }
}

export class NotFoundError extends VigilError {
  constructor(message: string) {
    super('VGL_NOT_FOUND', message);
  }
}
