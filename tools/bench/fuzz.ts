// `npm run bench -- fuzz`: 10,000 generated IPC calls through the shell's front door (sender check,
// dispatch) to a real core, with forged senders, restores, profile imports and injected I/O faults
// (tools/fuzz/ipc-fuzz.ts). Prints the count, the outcomes and the time;
// 500 calls in quick mode. Goals: every call answers with a Result, no forged sender reaches a
// handler, and the store stays whole.
import { runIpcFuzz } from '../fuzz/ipc-fuzz';
import { figure, type BenchOptions, type Figure } from './support/figure';

export default async function bench({ quick }: BenchOptions): Promise<Figure[]> {
  const r = await runIpcFuzz({ calls: quick ? 500 : 10_000 });
  console.log(`ipc fuzz: ${r.calls} calls over ${r.channels} channels in ${(r.ms / 1000).toFixed(1)} s`);
  console.log(`  ok ${r.ok}; errors ${JSON.stringify(r.errors)}; bad (throw / not a Result / internal) ${r.bad.length}`);
  console.log(`  forged senders ${r.forged.calls} (reached a handler: ${r.forged.reached}); restores ${r.restores.restored}, restarts ${r.restores.restarts}; profile imports ${r.profileImports}`);
  console.log(`  injected faults that broke an operation: ${JSON.stringify(r.faults)}`);
  console.log(`  integrity_check ${r.integrity}; audit ${r.audit.problem ?? 'verifies'} (${r.audit.entries} entries)`);
  for (const b of r.bad.slice(0, 10)) console.log(`  bad: ${b.channel} ${b.detail}`);
  return [
    figure(`fuzz calls per second (${r.calls} calls)`, r.calls / (r.ms / 1000), '/s'),
    figure('fuzz calls answered badly (throw, not a Result, internal)', r.bad.length, 'calls', { atMost: 0 }),
    figure('forged senders that reached a handler', r.forged.reached, 'calls', { atMost: 0 }),
    figure('store problems after fuzzing (integrity, audit chain)', (r.integrity === 'ok' ? 0 : 1) + (r.audit.problem ? 1 : 0), 'problems', { atMost: 0 }),
  ];
}
