/**
 * Prints the functions with the most self time in a V8 CPU profile, e.g.
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/run.ts push-pull
 *   node bench/support/profile-top.mjs /tmp/prof/CPU.<…>.0.001.cpuprofile 40
 * (the main thread's file is the one numbered `.0.`; the other is tsx's loader).
 * Native calls (SQLite, JSON.parse) count as their JS caller's self time.
 */
import { readFileSync } from 'node:fs';

const [file, count = '40'] = process.argv.slice(2);
if (!file) throw new Error('usage: profile-top.mjs <file.cpuprofile> [count]');
const profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const selfMicros = new Map();
profile.samples.forEach((id, index) => {
  const frame = nodes.get(id).callFrame;
  const where = frame.url.split('/').slice(-3).join('/');
  const key = `${frame.functionName || '(anonymous)'} ${where}:${frame.lineNumber + 1}`;
  selfMicros.set(key, (selfMicros.get(key) ?? 0) + (profile.timeDeltas[index] ?? 0));
});
const total = [...selfMicros.values()].reduce((sum, micros) => sum + micros, 0);
for (const [key, micros] of [...selfMicros].sort((a, b) => b[1] - a[1]).slice(0, Number(count))) {
  const share = ((100 * micros) / total).toFixed(1);
  console.log(`${(micros / 1000).toFixed(1).padStart(9)} ms ${share.padStart(5)} %  ${key}`);
}
