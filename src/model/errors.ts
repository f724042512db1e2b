export const ERROR_CODES = [
  'BAD_INPUT',
  'UNKNOWN_FORMAT',
  'INVALID_ARGUMENT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'STORE_UNAVAILABLE',
  'STORE_CONSTRAINT',
  'STORE_TIMEOUT',
  'STORE_CORRUPT',
  'INTERNAL',
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'HOST_NOT_ALLOWED',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COMPLEX',
  'QUERY_TOO_LARGE',
  'SERVER_BUSY',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Base of every error papergraph raises on purpose; `code` is stable and part of the API. */
export class PapergraphError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** A problem with one place in an input file. `line` is 1-based; 0 means the whole file. */
export interface InputIssue {
  readonly file: string;
  readonly line: number;
  /** 1-based, when the reader knows it (a JSON syntax error). */
  readonly column?: number;
  readonly message: string;
  /** The record field the problem is in, when it is in one. */
  readonly field?: string;
  /** The file itself could not be read: an error even where invalid records are skipped. */
  readonly unreadable?: true;
}

/** `file:line[:column]: message`, or `file: message` for problems with the whole file (line 0). */
export function formatIssue(issue: InputIssue): string {
  if (issue.line <= 0) return `${issue.file}: ${issue.message}`;
  return `${issue.file}:${issue.line}${issue.column === undefined ? '' : `:${issue.column}`}: ${issue.message}`;
}

/** Input that cannot be ingested; carries every problem found, not only the first. */
export class BadInputError extends PapergraphError {
  readonly issues: readonly InputIssue[];
  constructor(issues: readonly InputIssue[]) {
    const shown = issues.slice(0, 20).map(formatIssue);
    const more = issues.length > shown.length ? [`… and ${issues.length - shown.length} more`] : [];
    super('BAD_INPUT', [...shown, ...more].join('\n'));
    this.issues = issues;
  }
}

export class UnknownFormatError extends PapergraphError {
  constructor(file: string, reason: string, known: readonly string[]) {
    // Pointing to --format helps only when the format was guessed, not when --format itself was wrong.
    const hint = file.startsWith('--format') ? '' : ' (use --format)';
    super('UNKNOWN_FORMAT', `${file}: ${reason}; known formats: ${known.join(', ')}${hint}`);
  }
}

export class InvalidArgumentError extends PapergraphError {
  constructor(message: string) {
    super('INVALID_ARGUMENT', message);
  }
}

export class NotFoundError extends PapergraphError {
  constructor(message: string) {
    super('NOT_FOUND', message);
  }
}

/** A request that needs the API key came without it, or with a wrong one. */
export class UnauthenticatedError extends PapergraphError {
  constructor(message: string) {
    super('UNAUTHENTICATED', message);
  }
}

/** A request that no key can allow on this server, such as a write while writes are off. */
export class ForbiddenError extends PapergraphError {
  constructor(message: string) {
    super('FORBIDDEN', message);
  }
}

export class StoreError extends PapergraphError {}

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'a directory, not a file',
};

/** What a failed file read says to a user: "cannot read file: no such file (ENOENT)". */
export function cannotReadFile(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code ? (READ_ERRORS[code] ? `${READ_ERRORS[code]} (${code})` : code) : (error as Error).message;
  return `cannot read file: ${why}`;
}
