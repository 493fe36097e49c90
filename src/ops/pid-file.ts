import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * DATA_DIR/dondoc.pid: written while the bot runs, so that `dondoc restore` can refuse to
 * replace files under a running bot. A file left by a bot that died is recognised as stale.
 */
export function pidFilePath(dataDir: string): string {
  return join(dataDir, 'dondoc.pid');
}

/** Writes the pid file; the returned function removes it (only if it is still ours). */
export function writePidFile(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const path = pidFilePath(dataDir);
  writeFileSync(path, `${process.pid}\n`);
  return () => {
    if (readPid(path) === process.pid) rmSync(path, { force: true });
  };
}

/** The pid of a bot running on `dataDir`, or null (no pid file, or its process is gone). */
export function runningBot(dataDir: string): number | null {
  const pid = readPid(pidFilePath(dataDir));
  if (pid === null || pid === process.pid) return null;
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return pid;
  } catch (error) {
    // EPERM: it exists but belongs to another user, so it is running.
    return (error as { code?: unknown }).code === 'EPERM' ? pid : null;
  }
}

function readPid(path: string): number | null {
  if (!existsSync(path)) return null;
  const pid = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}
