/**
 * Stable error codes shared by both engines. The C++ side declares the same codes in
 * `legacy-bridge/engine/errors.h`; a test keeps the two tables identical.
 */
export const ERROR_CODES = {
  // input files (thrown while building an engine; `line` is 1-based)
  E_CATDB_SYNTAX: 'category database: malformed line',
  E_CATDB_BAD_ID: 'category database: category id is not a number in range',
  E_CATDB_UNKNOWN_CATEGORY: 'category database: rule uses an undeclared category',
  E_CATDB_DUP_CATEGORY: 'category database: category declared twice',
  E_CATDB_BAD_CIDR: 'category database: malformed IPv4 CIDR',
  E_CATDB_BAD_REGEX: 'category database: regular expression does not compile',
  E_CATDB_BAD_PATTERN: 'category database: pattern is empty or malformed',
  E_POLICY_SYNTAX: 'policy: malformed line',
  E_POLICY_UNKNOWN_SECTION: 'policy: unknown section',
  E_POLICY_UNKNOWN_KEY: 'policy: unknown key',
  E_POLICY_BAD_NUMBER: 'policy: value is not a number in range',
  E_POLICY_BAD_VALUE: 'policy: value is not one of the allowed values',
  E_POLICY_UNKNOWN_TENANT: 'policy: section refers to an undeclared tenant',
  E_POLICY_UNKNOWN_SCHEDULE: 'policy: rule refers to an undeclared schedule',
  E_POLICY_DUPLICATE: 'policy: section declared twice',
  E_POLICY_MISSING_KEY: 'policy: required key missing',
  E_PHRASE_SYNTAX: 'phrase list: malformed line',
  E_PHRASE_BAD_WEIGHT: 'phrase list: weight is not a number',
  // module calls
  E_UNKNOWN_TENANT: 'module call: tenant not in the policy',
  E_BAD_INPUT: 'module call: input has the wrong shape or a string holds non-byte characters',
  E_INTERNAL: 'the engine failed unexpectedly',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Where an error came from. */
export type ErrorSource = 'categories' | 'policy' | 'phrases' | 'input' | 'engine';

/** The one error class both engines throw. */
export class EngineError extends Error {
  readonly code: ErrorCode;
  readonly source: ErrorSource;
  /** 1-based line in the input file, 0 when not about a file. */
  readonly line: number;

  constructor(code: ErrorCode, message: string, source: ErrorSource = 'engine', line = 0) {
    super(line > 0 ? `${code} (${source} line ${line}): ${message}` : `${code}: ${message}`);
    this.name = 'EngineError';
    this.code = code;
    this.source = source;
    this.line = line;
  }
}

export function isErrorCode(code: string): code is ErrorCode {
  return Object.prototype.hasOwnProperty.call(ERROR_CODES, code);
}
