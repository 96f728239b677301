/**
 * Entry of a run-pool worker process (its own tfjs engine and backend). It exits when the parent goes (IPC
 * disconnect): a killed parent leaves no orphan — a run in flight notices at its next yield (every 25 steps)
 * and is lost, nothing else. These handlers come before the heavy imports (tfjs), so no moment is uncovered.
 */
import type { RunRequest } from './protocol.js';

process.on('disconnect', () => process.exit(0));
// Ctrl-C reaches the whole process group: the parent decides (first Ctrl-C: finish the runs in flight)
process.on('SIGINT', () => {});
const { serve } = await import('./serve.js');
process.on('message', (m: RunRequest) => {
  void serve(m).then((reply) => process.connected && process.send?.(reply));
});
process.send?.({ ready: true });
