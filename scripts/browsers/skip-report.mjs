// A reporter that prints, per engine, the counts of passed, failed and skipped tests, and every
// skipped test's stated reason (test/helpers/engine.ts writes it into the title as
// "[skipped in <engine>: <reason>]"). A skip without a stated reason is listed by name.

const reasonOf = (title) => title.match(/\[skipped in [^:\]]+: ([^\]]+)\]/)?.[1];

function* walk(suite, reason) {
  for (const test of suite.tests ?? []) yield {test, reason: reasonOf(test.name) ?? reason};
  for (const child of suite.suites ?? []) yield* walk(child, reasonOf(child.name) ?? reason);
}

export function skipReport() {
  return {
    stop({sessions}) {
      const byEngine = new Map();
      for (const session of sessions) {
        const name = session.browser.name;
        if (!byEngine.has(name)) byEngine.set(name, {passed: 0, failed: 0, skipped: 0, reasons: new Map(), unexplained: []});
        const counts = byEngine.get(name);
        if (!session.testResults) continue;
        for (const {test, reason} of walk(session.testResults)) {
          if (test.skipped) {
            counts.skipped++;
            if (reason) counts.reasons.set(reason, (counts.reasons.get(reason) ?? 0) + 1);
            else counts.unexplained.push(`${session.testFile}: ${test.name}`);
          } else if (test.passed) counts.passed++;
          else counts.failed++;
        }
      }
      const lines = [];
      for (const [name, c] of byEngine) {
        lines.push(`${name}: ${c.passed + c.failed + c.skipped} tests: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
        for (const [reason, n] of c.reasons) lines.push(`  ${n} skipped: ${reason}`);
        if (c.unexplained.length) lines.push(`  ${c.unexplained.length} skipped WITHOUT a stated reason:`, ...c.unexplained.map((t) => `    ${t}`));
      }
      console.log(`\n${lines.join('\n')}\n`);
    },
  };
}
