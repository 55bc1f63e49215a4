import { MODULES } from '../../legacy-bridge/index.js';
import { legacyFactory } from '../examples/engines.js';
import { runModuleExamples, runParserExamples } from '../examples/harness.js';
import { MODULE_EXAMPLES, PARSER_EXAMPLES } from '../examples/index.js';

for (const m of MODULES) runModuleExamples('legacy', legacyFactory, MODULE_EXAMPLES[m]);
for (const [title, cases] of Object.entries(PARSER_EXAMPLES)) runParserExamples('legacy', legacyFactory, title, cases);
