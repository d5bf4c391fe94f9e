/** Error codes vigil raises. Retry and dead-letter logic branches on `code` and `retriable`, never on text. */
export const ERROR_CODES = [
  'VGL_CONFIG',
  'VGL_FRAMING',
  'VGL_UNKNOWN_SCHEMA',
  'VGL_AVRO_DECODE',
  'VGL_WRONG_SUBJECT',
  'VGL_INVALID_EVENT',
  'VGL_INVALID_UTF8',
  'VGL_TOO_LARGE',
  'VGL_CLASSIFIER',
  'VGL_PRODUCE',
  'VGL_INPUT',
  'VGL_RULES',
  'VGL_IMAGE_DECODE',
  'VGL_IMAGE_FORMAT',
  'VGL_IMAGE_LIMIT',
  'VGL_DATABASE',
  'VGL_MIGRATION',
  'VGL_AUTH',
  'VGL_FORBIDDEN',
  'VGL_CSRF',
  'VGL_CONFLICT',
  'VGL_NOT_FOUND',
  'VGL_KAFKA_AUTH',
  'VGL_KAFKA_TLS',
  'VGL_KAFKA_CONNECT',
  'VGL_KAFKA_DECOMPRESSION',
  'VGL_SCHEMA_REGISTRY',
  'VGL_SCHEMA_INCOMPATIBLE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface VigilErrorOptions {
  retriable?: boolean;
  cause?: unknown;
}

export class VigilError extends Error {
  readonly code: ErrorCode;
  readonly retriable: boolean;

  constructor(code: ErrorCode, message: string, options: VigilErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.retriable = options.retriable ?? false;
  }
}

export class ConfigError extends VigilError {
  constructor(message: string) {
    super('VGL_CONFIG', message);
  }
}

/** The bytes of a Kafka message could not be turned into an event. Never retriable. */
export class DecodeError extends VigilError {
  constructor(code: Extract<ErrorCode, 'VGL_FRAMING' | 'VGL_UNKNOWN_SCHEMA' | 'VGL_AVRO_DECODE' | 'VGL_WRONG_SUBJECT' | 'VGL_INVALID_UTF8'>, message: string, cause?: unknown) {
    super(code, message, { cause });
  }
}

/** A decoded event breaks a rule the schema cannot express (empty id, time out of range, ...). */
export class InvalidEventError extends VigilError {
  constructor(message: string) {
    super('VGL_INVALID_EVENT', message);
  }
}

export class ClassifierError extends VigilError {
  constructor(message: string, options: VigilErrorOptions = {}) {
    super('VGL_CLASSIFIER', message, options);
  }
}

/** Short, log-safe description of any thrown value (no content). */
export function describeError(err: unknown): { code: string; message: string; retriable: boolean } {
  if (err instanceof VigilError) return { code: err.code, message: err.message, retriable: err.retriable };
  if (err instanceof Error) return { code: 'VGL_INTERNAL', message: err.message, retriable: false };
  return { code: 'VGL_INTERNAL', message: String(err), retriable: false };
}
