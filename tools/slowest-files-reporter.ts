import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints the ten test files that took longest after every run (beside the
 * default reporter), so a slow suite is seen the day it becomes slow. Time is
 * the file's import plus its tests and hooks.
 */
export default class SlowestFilesReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const timed = modules
      .map((module) => {
        const { collectDuration, duration } = module.diagnostic();
        return { module, ms: collectDuration + duration };
      })
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 10);
    if (timed.length === 0) return;
    const lines = timed.map(({ module, ms }) => {
      const seconds = (ms / 1000).toFixed(1).padStart(6);
      return `${seconds} s  ${module.project.name.padEnd(12)} ${relative(process.cwd(), module.moduleId)}`;
    });
    console.log(`\nSlowest test files:\n${lines.join('\n')}\n`);
  }
}
