/**
 * Runs the benchmarks and prints their figures as JSON, one object per line.
 * Targets (DESIGN §7) are printed beside the figures; nothing here passes or
 * fails — the machines are noisy, so figures are ratios against a baseline
 * measured in the same run.
 */
import { benchPushPull } from './server-push-pull.bench.ts';
import { benchLiveClients } from './live-clients.bench.ts';
import { benchWebStart } from './web-start.bench.ts';
import { benchInitialSync } from './initial-sync.bench.ts';
import { benchUploads } from './uploads.bench.ts';
import { benchChaos } from './chaos.bench.ts';
import { benchFamilyScreen } from './family-screen.bench.ts';
import { benchPostgresFamilies } from './postgres-families.bench.ts';
import { benchSlowLinkSync } from './slow-link-sync.bench.ts';

const only = process.argv[2];
const benches: Record<string, () => Promise<object>> = {
  'push-pull': benchPushPull,
  'live-clients': benchLiveClients,
  'web-start': benchWebStart,
  'initial-sync': benchInitialSync,
  uploads: benchUploads,
  'family-screen': benchFamilyScreen,
  'postgres-families': benchPostgresFamilies,
  'slow-link-sync': benchSlowLinkSync,
  // Not in a plain `npm run bench`: minutes long, and it reads its own options.
  chaos: benchChaos,
};

for (const [name, bench] of Object.entries(benches)) {
  if (only ? only !== name : name === 'chaos') continue;
  console.log(JSON.stringify(await bench()));
}
