import type { Reporter, TestCase, TestModule, TestSuite } from 'vitest/node';

const REASON = /\(skipped: (.+)\)$/;

/** The reason a skipped test gives in its own name or an enclosing suite's: `… (skipped: why)`. */
function reasonOf(test: TestCase): { where: string; reason: string } | undefined {
  for (let node: TestCase | TestSuite | TestModule = test; node.type !== 'module'; node = node.parent) {
    const reason = REASON.exec(node.name)?.[1];
    if (reason) return { where: `${test.module.relativeModuleId} › ${node.name.replace(REASON, '').trim()}`, reason };
  }
  return undefined;
}

/**
 * Prints, after vitest's own summary of counts, why each skipped suite was skipped, once per suite
 * ("NEO4J_URI is not set", "/usr/bin/chromium is missing").
 */
export class SkipReasonsReporter implements Reporter {
  onTestRunEnd(modules: readonly TestModule[]): void {
    const skipped = new Map<string, { reason: string; tests: number }>();
    for (const module of modules) {
      for (const test of module.children.allTests('skipped')) {
        const found = reasonOf(test);
        if (!found) continue;
        const entry = skipped.get(found.where) ?? { reason: found.reason, tests: 0 };
        entry.tests++;
        skipped.set(found.where, entry);
      }
    }
    if (skipped.size === 0) return;
    const lines = [...skipped].map(([where, s]) => `  ↓ ${where} — ${s.tests} test${s.tests === 1 ? '' : 's'}: ${s.reason}`);
    process.stdout.write(`\nSkipped, and why:\n${lines.join('\n')}\n`);
  }
}
