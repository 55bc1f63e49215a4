/**
 * The legacy inventory: a tree-sitter parse of every C++ source of the legacy engine, listing
 * each function with its module, file, lines and number of branches.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { ModuleName } from '../../legacy-bridge/index.js';

const require = createRequire(import.meta.url);

export const ENGINE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../legacy-bridge/engine');

/** Which module a legacy file belongs to (parsers belong to the module that reads their state). */
export const FILE_MODULE: Record<string, ModuleName | 'shared'> = {
  'url_canon.cpp': 'url_canon',
  'category_lookup.cpp': 'category_lookup',
  'category_db.cpp': 'category_lookup',
  'search_terms.cpp': 'search_terms',
  'phrase_score.cpp': 'phrase_score',
  'phrase_list.cpp': 'phrase_score',
  'policy_eval.cpp': 'policy_eval',
  'policy.cpp': 'policy_eval',
  'safe_search.cpp': 'safe_search',
  'identity_headers.cpp': 'identity_headers',
  'block_page.cpp': 'block_page',
  'hmac_sha256.cpp': 'shared',
  'common.cpp': 'shared',
  'engine.cpp': 'shared',
};

export interface SyntaxNode {
  type: string;
  text: string;
  startPosition: { row: number; column: number };
  endPosition: { row: number; column: number };
  namedChildren: SyntaxNode[];
  children: SyntaxNode[];
  childForFieldName(name: string): SyntaxNode | null;
  parent: SyntaxNode | null;
}

interface TreeSitterParser {
  setLanguage(lang: unknown): void;
  parse(src: string): { rootNode: SyntaxNode };
}

let parser: TreeSitterParser | undefined;
export function cppParser(): TreeSitterParser {
  if (!parser) {
    const Parser = require('tree-sitter') as new () => TreeSitterParser;
    const Cpp = require('tree-sitter-cpp') as unknown;
    parser = new Parser();
    parser.setLanguage(Cpp);
  }
  return parser;
}

export interface LegacyFunction {
  module: ModuleName | 'shared';
  name: string;
  file: string;
  startLine: number;
  endLine: number;
  branches: number;
}

const BRANCH_NODES = new Set(['if_statement', 'for_statement', 'for_range_loop', 'while_statement', 'do_statement', 'case_statement', 'conditional_expression', 'catch_clause']);

function countBranches(n: SyntaxNode): number {
  let count = BRANCH_NODES.has(n.type) ? 1 : 0;
  if (n.type === 'binary_expression') {
    const op = n.children.find((c) => c.type === '&&' || c.type === '||');
    if (op) count++;
  }
  for (const c of n.namedChildren) count += countBranches(c);
  return count;
}

function functionName(def: SyntaxNode): string {
  let d = def.childForFieldName('declarator');
  while (d && d.type !== 'function_declarator') d = d.childForFieldName('declarator') ?? d.namedChildren[0] ?? null;
  const id = d?.childForFieldName('declarator');
  return id ? id.text.replace(/^.*::/, '') : '(anonymous)';
}

export function walk(n: SyntaxNode, visit: (n: SyntaxNode) => void): void {
  visit(n);
  for (const c of n.namedChildren) walk(c, visit);
}

export interface ParsedFile {
  file: string;
  source: string;
  root: SyntaxNode;
}

export function parseEngineSources(dir = ENGINE_DIR): ParsedFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cpp'))
    .sort()
    .map((f) => {
      const source = readFileSync(resolve(dir, f), 'utf8');
      return { file: f, source, root: cppParser().parse(source).rootNode };
    });
}

export function listFunctions(files: ParsedFile[]): LegacyFunction[] {
  const out: LegacyFunction[] = [];
  for (const pf of files) {
    walk(pf.root, (n) => {
      if (n.type !== 'function_definition') return;
      out.push({
        module: FILE_MODULE[basename(pf.file)] ?? 'shared',
        name: functionName(n),
        file: pf.file,
        startLine: n.startPosition.row + 1,
        endLine: n.endPosition.row + 1,
        branches: countBranches(n),
      });
    });
  }
  return out;
}
