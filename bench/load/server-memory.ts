import fs from 'node:fs';

/**
 * The pid of the process listening on `port` (Linux): the listening socket's inode from
 * /proc/net/tcp{,6}, then the process holding a descriptor of that socket. Needs to run as the
 * server's user (or root) to read its /proc/PID/fd.
 */
export function pidListeningOn(port: number): number | null {
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    const lines = readOrEmpty(table).split('\n').slice(1);
    for (const line of lines) {
      const fields = line.trim().split(/\s+/);
      // local_address is HEXIP:HEXPORT; state 0A is LISTEN; field 9 is the inode
      const localPort = parseInt(fields[1]?.split(':')[1] ?? '', 16);
      if (localPort === port && fields[3] === '0A') {
        inodes.add(fields[9]);
      }
    }
  }
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) {
      continue;
    }
    const fds = (() => {
      try {
        return fs.readdirSync(`/proc/${entry}/fd`);
      } catch {
        return [];
      }
    })();
    for (const fd of fds) {
      const target = (() => {
        try {
          return fs.readlinkSync(`/proc/${entry}/fd/${fd}`);
        } catch {
          return '';
        }
      })();
      const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
      if (inode !== undefined && inodes.has(inode)) {
        return Number(entry);
      }
    }
  }
  return null;
}

/** Resident set size of a process in bytes, or null once it is gone. */
export function rssOf(pid: number): number | null {
  const kb = /^VmRSS:\s+(\d+) kB/m.exec(readOrEmpty(`/proc/${pid}/status`))?.[1];
  return kb === undefined ? null : Number(kb) * 1024;
}

/** Samples a process's RSS every `everyMs` until stopped; `peak` is the largest seen. */
export function sampleRss(pid: number, everyMs = 250): { stop(): { peak: number; start: number } } {
  const start = rssOf(pid) ?? 0;
  let peak = start;
  const timer = setInterval(() => {
    peak = Math.max(peak, rssOf(pid) ?? 0);
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return { peak: Math.max(peak, rssOf(pid) ?? 0), start };
    },
  };
}

function readOrEmpty(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
