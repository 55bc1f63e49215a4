/**
 * One table of examples, two engines. Each module's examples live in `test/examples/<module>.ts`
 * as data; `runModuleExamples` turns a table into vitest cases for whichever engine it is given,
 * so the legacy tests and the port's tests assert the very same expectations.
 */
import { describe, expect, it } from 'vitest';
import {
  EngineError,
  type EngineSources,
  type EngineStats,
  type ErrorCode,
  type ErrorSource,
  type ModuleInput,
  type ModuleName,
  type ModuleOutput,
  type RuleEngine,
} from '../../legacy-bridge/index.js';

export type EngineFactory = (sources: EngineSources) => RuleEngine;

export interface ModuleExample<M extends ModuleName> {
  name: string;
  input: ModuleInput<M>;
  /** The exact output, or the error the call must throw. */
  expected: ModuleOutput<M> | { throws: ErrorCode };
}

export interface ModuleExamples<M extends ModuleName> {
  module: M;
  /** The engine files the examples run against. */
  sources: EngineSources;
  cases: ModuleExample<M>[];
}

export interface ParserExample {
  name: string;
  sources: EngineSources;
  /** Either the engine builds and has these sizes, or it throws this error. */
  expected: { stats: Partial<EngineStats> } | { throws: ErrorCode; source: ErrorSource; line: number };
}

function isThrows(x: object): x is { throws: ErrorCode } {
  return 'throws' in x;
}

export function runModuleExamples<M extends ModuleName>(engineName: string, factory: EngineFactory, table: ModuleExamples<M>): void {
  describe(`${table.module} examples (${engineName})`, () => {
    const engine = factory(table.sources);
    const call = engine[table.module] as (input: ModuleInput<M>) => ModuleOutput<M>;
    for (const c of table.cases) {
      it(c.name, () => {
        if (isThrows(c.expected)) {
          const code = c.expected.throws;
          let thrown: unknown;
          try {
            call.call(engine, c.input);
          } catch (e) {
            thrown = e;
          }
          expect(thrown).toBeInstanceOf(EngineError);
          expect((thrown as EngineError).code).toBe(code);
        } else {
          expect(call.call(engine, c.input)).toEqual(c.expected);
        }
      });
    }
  });
}

export function runParserExamples(engineName: string, factory: EngineFactory, title: string, cases: ParserExample[]): void {
  describe(`${title} (${engineName})`, () => {
    for (const c of cases) {
      it(c.name, () => {
        const exp = c.expected;
        if ('throws' in exp) {
          let thrown: unknown;
          try {
            factory(c.sources);
          } catch (e) {
            thrown = e;
          }
          expect(thrown).toBeInstanceOf(EngineError);
          const err = thrown as EngineError;
          expect({ code: err.code, source: err.source, line: err.line }).toEqual({ code: exp.throws, source: exp.source, line: exp.line });
        } else {
          expect(factory(c.sources).stats()).toMatchObject(exp.stats);
        }
      });
    }
  });
}
