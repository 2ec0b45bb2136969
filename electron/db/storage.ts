import fs from 'node:fs';
import path from 'node:path';

/**
 * WAL needs shared memory that network file systems do not provide reliably (SQLite's own
 * documentation: WAL does not work over a network file system). A database on a network share
 * uses the rollback journal instead; the app says so in Cài đặt.
 */
const NETWORK_FS = new Set(['nfs', 'nfs4', 'cifs', 'smb3', 'smbfs', 'fuse.sshfs', '9p', 'afs', 'ncpfs', 'davfs', 'fuse.davfs2']);

export function isNetworkPath(file: string, platform: NodeJS.Platform = process.platform, mounts?: string): boolean {
  const abs = path.resolve(file);
  if (platform === 'win32') return /^(\\\\|\/\/)/.test(file) || /^(\\\\|\/\/)/.test(abs);
  const table = mounts ?? readMounts();
  let best = { mount: '', type: '' };
  for (const line of table.split('\n')) {
    const [, mount, type] = line.split(' ');
    if (!mount || !type) continue;
    const m = mount.replace(/\\040/g, ' ');
    if ((abs === m || abs.startsWith(m.endsWith('/') ? m : `${m}/`)) && m.length > best.mount.length) best = { mount: m, type };
  }
  return NETWORK_FS.has(best.type);
}

function readMounts(): string {
  try {
    return fs.readFileSync('/proc/mounts', 'utf8');
  } catch {
    return '';
  }
}

export type JournalMode = 'wal' | 'delete';
export const journalModeFor = (file: string): JournalMode => (isNetworkPath(file) ? 'delete' : 'wal');
