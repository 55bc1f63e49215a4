import { MODULES } from '../../legacy-bridge/index.js';
import { portedFactory } from '../examples/engines.js';
import { runModuleExamples, runParserExamples } from '../examples/harness.js';
import { MODULE_EXAMPLES, PARSER_EXAMPLES } from '../examples/index.js';

// The very same tables as test/legacy-bridge/examples.test.ts, against the port.
for (const m of MODULES) runModuleExamples('ported', portedFactory, MODULE_EXAMPLES[m]);
for (const [title, cases] of Object.entries(PARSER_EXAMPLES)) runParserExamples('ported', portedFactory, title, cases);
