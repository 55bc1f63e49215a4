import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildInventory } from '../../differential/inventory/inventory.js';
import { findHazards } from '../../differential/inventory/hazards.js';
import { findTags } from '../../differential/inventory/legacy-tags.js';
import { cppParser, listFunctions, type ParsedFile } from '../../differential/inventory/legacy-functions.js';

function parse(file: string, source: string): ParsedFile {
  return { file, source, root: cppParser().parse(source).rootNode };
}

describe('legacy inventory', () => {
  it('lists every legacy function with module, lines and branches, mapped through @legacy tags', () => {
    const inv = buildInventory();
    const canon = inv.functions.find((f) => f.file === 'url_canon.cpp' && f.name === 'url_canon');
    expect(canon).toBeDefined();
    expect(canon!.module).toBe('url_canon');
    expect(canon!.branches).toBeGreaterThan(30);
    expect(canon!.ported.map((p) => p.name)).toContain('url_canon');
    expect(inv.functions.length).toBeGreaterThan(80);
    // Every legacy function of a rule module has a TypeScript counterpart; no tag names a missing function.
    expect(inv.unported.filter((f) => f.module !== 'shared').map((f) => `${f.file} ${f.name}`)).toEqual([]);
    expect(inv.orphanTags).toEqual([]);
  });

  it('reports unported functions and tags that name no legacy function', () => {
    const dir = mkdtempSync(resolve(tmpdir(), 'tags-'));
    writeFileSync(resolve(dir, 'x.ts'), '/** @legacy url_canon.cpp no_such_function */\nexport function f() {}\n');
    const tags = findTags(dir);
    rmSync(dir, { recursive: true, force: true });
    expect(tags).toEqual([{ legacyFile: 'url_canon.cpp', legacyFunction: 'no_such_function', tsFile: 'x.ts', tsLine: 1, tsName: 'f' }]);
  });

  it('counts branches: if, loops, case, ?:, && and ||', () => {
    const fns = listFunctions([parse('policy_eval.cpp', 'int f(int a){ if (a && a > 1) return 1; for(;;){} switch(a){case 1: case 2: break;} return a ? 1 : 0; }')]);
    expect(fns).toEqual([{ module: 'policy_eval', name: 'f', file: 'policy_eval.cpp', startLine: 1, endLine: 1, branches: 6 }]);
  });

  it('finds porting hazards with file, line and explanation', () => {
    const src = ['#include <regex>', 'int g(const std::string& s, std::vector<int>& v) {', '  int n = atoi(s.c_str());', '  if (tolower(s[0]) == 120) n++;', '  std::sort(v.begin(), v.end(), cmp);', '  std::regex re("a");', '  uint32_t h = n * 16777619u;', '  return (char)n + h;', '}'].join('\n');
    const rules = findHazards([parse('search_terms.cpp', src)]).map((h) => `${h.line}:${h.rule}`);
    expect(rules).toEqual(expect.arrayContaining(['3:numparse', '4:cctype', '5:sort_ties', '6:regex', '7:int_wrap', '8:signed_char']));
  });
});
