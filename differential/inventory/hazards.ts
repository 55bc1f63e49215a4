/**
 * Porting hazards: C++ constructs whose meaning differs in JavaScript, found in the tree-sitter
 * parse, each with file, line and a one-line explanation.
 */
import { FILE_MODULE, walk, type ParsedFile, type SyntaxNode } from './legacy-functions.js';
import type { ModuleName } from '../../legacy-bridge/index.js';

export interface Hazard {
  rule: string;
  module: ModuleName | 'shared';
  file: string;
  line: number;
  code: string;
  explanation: string;
  /** Filled from coverage: did the differential evidence execute this line? */
  hit?: boolean;
}

const CCTYPE = new Set(['tolower', 'toupper', 'isalnum', 'isalpha', 'isdigit', 'isspace', 'isxdigit', 'isupper', 'islower', 'isprint', 'ispunct', 'iscntrl', 'isgraph']);
const NUMPARSE = new Set(['atoi', 'atol', 'atoll', 'strtol', 'strtoul', 'strtoll', 'strtoull', 'sscanf', 'stoi', 'stol', 'stoul']);
const TIME = new Set(['gmtime', 'gmtime_r', 'localtime', 'localtime_r', 'mktime', 'timegm', 'time', 'strftime', 'difftime']);
const FLOATFMT = /%[-+ #0]*\d*(\.\d+)?[fgeFGE]/;

export const HAZARD_RULES: Record<string, string> = {
  cctype: '<cctype> on plain char: negative for bytes >= 0x80 (undefined/locale-dependent); the port must use ASCII-only tests',
  signed_char: 'char is signed: a byte >= 0x80 compares and computes as negative; JavaScript char codes are 0..255',
  sort_ties: 'std::sort is not stable: equal elements may come out in any order; the port needs the same total order',
  numparse: 'atoi/strtol: leading whitespace, sign, partial parses, overflow clamping or UB; Number()/parseInt differ',
  int_wrap: 'fixed-width integer arithmetic or shifts wrap; JavaScript numbers do not (use >>> 0, Math.imul, BigInt)',
  regex: 'std::regex ECMAScript grammar differs from JavaScript RegExp (classes on bytes, flags, lookbehind, multiline)',
  float_format: 'floating-point formatting (printf %f/%g, to_string) differs from JavaScript number-to-string',
  byte_length: 'byte length: std::string size counts bytes; a JavaScript string of UTF-16 units only matches as a byte string',
  time_calendar: 'time and calendar arithmetic (epoch days, offsets, DST, division of negatives) must match exactly',
  unordered_iteration: 'iteration order of unordered containers is unspecified; the port must not depend on it',
};

function calleeName(n: SyntaxNode): string | undefined {
  const f = n.childForFieldName('function');
  return f ? f.text.replace(/^std::/, '').replace(/^::/, '') : undefined;
}

export function findHazards(files: ParsedFile[]): Hazard[] {
  const out: Hazard[] = [];
  for (const pf of files) {
    const lines = pf.source.split('\n');
    const module = FILE_MODULE[pf.file] ?? 'shared';
    const seen = new Set<string>();
    const add = (rule: string, n: SyntaxNode) => {
      const line = n.startPosition.row + 1;
      const key = `${rule}:${line}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push({ rule, module, file: pf.file, line, code: (lines[line - 1] ?? '').trim().slice(0, 160), explanation: HAZARD_RULES[rule]! });
    };
    const unordered = new Set<string>();
    walk(pf.root, (n) => {
      if (n.type === 'declaration' || n.type === 'field_declaration') {
        if (/unordered_(map|set)/.test(n.childForFieldName('type')?.text ?? '')) for (const d of n.namedChildren) if (d.type === 'identifier' || d.type === 'field_identifier') unordered.add(d.text);
      }
    });
    walk(pf.root, (n) => {
      switch (n.type) {
        case 'call_expression': {
          const name = calleeName(n) ?? '';
          if (CCTYPE.has(name)) add('cctype', n);
          else if (NUMPARSE.has(name)) add('numparse', n);
          else if (name === 'sort' || name === 'stable_sort' || name === 'partial_sort') add('sort_ties', n);
          else if (TIME.has(name)) add('time_calendar', n);
          else if (/regex_(search|match|replace)$/.test(name)) add('regex', n);
          else if ((name === 'snprintf' || name === 'sprintf' || name === 'printf') && FLOATFMT.test(n.text)) add('float_format', n);
          else if (name === 'to_string' && /double|float|\.\d/.test(n.text)) add('float_format', n);
          break;
        }
        case 'qualified_identifier':
        case 'type_identifier':
          if (/(^|::)regex$/.test(n.text) && n.parent?.type !== 'qualified_identifier') add('regex', n);
          break;
        case 'cast_expression':
          if (/^\(\s*(signed\s+)?char\s*\)/.test(n.text)) add('signed_char', n);
          break;
        case 'binary_expression': {
          const op = n.children.find((c) => !c.type.match(/^[a-z_]+$/))?.type ?? '';
          const text = n.text;
          if (['<<', '>>', '*'].includes(op) && /uint32_t|uint64_t|int32_t|int64_t|unsigned|\bh\b|hash|crc|sum/.test(text + ' ' + (n.parent?.text ?? '').slice(0, 200) + ' ' + (n.parent?.parent?.text ?? '').slice(0, 200))) add('int_wrap', n);
          if (['<', '>', '<=', '>=', '-', '+'].includes(op) && /\w+\[[^\]]+\]/.test(text) && !/\(unsigned char\)/.test(text) && /'.'|\d/.test(text)) add('signed_char', n);
          if (['<', '>', '<=', '>=', '==', '!='].includes(op) && /\.(size|length)\(\)/.test(text) && /\b[A-Z_]{3,}\b|\d{2,}/.test(text)) add('byte_length', n);
          if (['/', '%'].includes(op) && /86400|1440|60000|3600|DAY|MINUTE|days|minutes/i.test(text)) add('time_calendar', n);
          break;
        }
        case 'for_range_loop': {
          const range = n.childForFieldName('right')?.text ?? '';
          if (unordered.has(range) || /unordered/.test(range)) add('unordered_iteration', n);
          break;
        }
        case 'field_expression': {
          const obj = n.childForFieldName('argument')?.text ?? '';
          const field = n.childForFieldName('field')?.text ?? '';
          if (field === 'begin' && unordered.has(obj)) add('unordered_iteration', n);
          break;
        }
      }
    });
  }
  return out.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule));
}
