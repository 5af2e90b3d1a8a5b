import { readFileSync } from 'node:fs';

/**
 * What tells a process apart from a later one given the same PID: on Linux, the boot
 * (`/proc/sys/kernel/random/boot_id`) and the process's start time in clock ticks
 * since that boot (field 22 of `/proc/PID/stat`), which no later process with the
 * same PID can share. Undefined where `/proc` does not exist (macOS, Windows): a lock
 * whose PID is alive there cannot be verified and the user is offered "Open anyway".
 */
export function processStart(pid: number): string | undefined {
  try {
    const boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces or ')': fields after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const start = fields[19]; // field 22 overall: fields 3.. start at index 0
    return start && /^\d+$/.test(start) ? `${boot}:${start}` : undefined;
  } catch {
    return undefined;
  }
}
