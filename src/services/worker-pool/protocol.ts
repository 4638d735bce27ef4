import { UserFacingError, type UserFacingErrorCode } from '../errors.ts';

/**
 * Messages between the pool (main thread) and its workers. Jobs and results are plain data (the
 * structured clone algorithm copies them); errors travel as their name, message and code, so a
 * UserFacingError thrown in a worker is a UserFacingError with the same code in the main thread.
 */
export type ToWorker<Job> = { id: number; job: Job };

export type FromWorker<Result> =
  | { type: 'ready' }
  | { type: 'done'; id: number; result: Result }
  | { type: 'failed'; id: number; error: SerializedError };

export interface SerializedError {
  name: string;
  message: string;
  stack?: string;
  code?: UserFacingErrorCode;
}

export function serializeError(error: unknown): SerializedError {
  if (error instanceof UserFacingError) return { name: error.name, message: error.message, code: error.code };
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };
  return { name: 'Error', message: String(error) };
}

export function deserializeError(error: SerializedError): Error {
  if (error.name === 'UserFacingError' && error.code) return new UserFacingError(error.code, error.message);
  const rebuilt = new Error(error.message);
  rebuilt.name = error.name;
  if (error.stack) rebuilt.stack = error.stack;
  return rebuilt;
}
