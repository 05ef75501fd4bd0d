// `npm run bench -- fuzz`: 10,000 generated IPC calls through the shell's front door (sender check,
// dispatch) to a real core, with forged senders, restores, profile imports and injected I/O faults
// (tools/fuzz/ipc-fuzz.ts). Prints the count, the outcomes and the time.
import { runIpcFuzz } from '../fuzz/ipc-fuzz';

export default async function bench(): Promise<void> {
  const r = await runIpcFuzz({ calls: 10_000 });
  console.log(`ipc fuzz: ${r.calls} calls over ${r.channels} channels in ${(r.ms / 1000).toFixed(1)} s`);
  console.log(`  ok ${r.ok}; errors ${JSON.stringify(r.errors)}; bad (throw / not a Result / internal) ${r.bad.length}`);
  console.log(`  forged senders ${r.forged.calls} (reached a handler: ${r.forged.reached}); restores ${r.restores.restored}, restarts ${r.restores.restarts}; profile imports ${r.profileImports}`);
  console.log(`  injected faults that broke an operation: ${JSON.stringify(r.faults)}`);
  console.log(`  integrity_check ${r.integrity}; audit ${r.audit.problem ?? 'verifies'} (${r.audit.entries} entries)`);
  for (const b of r.bad.slice(0, 10)) console.log(`  bad: ${b.channel} ${b.detail}`);
}
