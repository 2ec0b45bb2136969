import { AppError } from '../../shared/result';

export interface CliIo {
  json: boolean;
  out(text: string): void;
  err(text: string): void;
}

/** Prints a command's result: the JSON document with --json, else the human text. */
export function emit(io: CliIo, value: unknown, human: () => string): void {
  io.out(io.json ? JSON.stringify(value, null, 2) : human());
}

export function usageError(message: string): AppError {
  return new AppError('invalid_input', message);
}
