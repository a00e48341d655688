// Test hook shared by the server and the CLI: with ITEM1C_TEST_RULE_FAULT set, one extra rule throws on
// a section that contains its value, so that tests can check how a failing rule is reported by the
// real processes. Without the variable nothing is installed.
import { RULES, type RuleDef } from './core';

export function installTestFaults(env: NodeJS.ProcessEnv = process.env): void {
  const marker = env.ITEM1C_TEST_RULE_FAULT;
  if (!marker || RULES.some((r) => r.id === 'test-fault')) return;
  (RULES as RuleDef[]).push({
    id: 'test-fault',
    description: 'Throws on a marker, for the robustness tests.',
    tags: ['test'],
    defaultSeverity: 'warning',
    fixable: false,
    check(ctx) {
      if (ctx.text.includes(marker)) throw new Error('rule fault injected for a test');
      return [];
    },
  });
}
