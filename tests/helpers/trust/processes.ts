import fs from 'node:fs';

/**
 * Process inspection through /proc (Linux), for the crash test's orphan check: which processes a
 * process started, and whether one still runs. Where /proc is missing the check is skipped.
 */
export const canInspectProcesses = (): boolean => fs.existsSync('/proc/self/stat');

/** Fields after the command name of /proc/<pid>/stat: [state, ppid, ...]; null when gone. */
function statFields(pid: number): string[] | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

export function childPids(ppid: number): number[] {
  if (!canInspectProcesses()) return [];
  return fs
    .readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map(Number)
    .filter((pid) => Number(statFields(pid)?.[1]) === ppid);
}

export function commandLine(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
  } catch {
    return '';
  }
}

/** Running means present and not a zombie: an exited orphan waits as a zombie until init reaps it. */
export function isRunning(pid: number): boolean {
  const state = statFields(pid)?.[0];
  return state !== undefined && state !== 'Z' && state !== 'X';
}
