// A build served by scripts/serve-dist.mjs on a free port, for the bench scripts.
import { spawn } from 'node:child_process';

/** Starts serving `dist` (gzipped with `gzip`); returns the server and its base address. */
export async function startServer(dist, { gzip = false } = {}) {
  const args = ['scripts/serve-dist.mjs', ...(gzip ? ['--gzip'] : []), dist, '0', '/'];
  const server = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  for await (const chunk of server.stdout) {
    out += chunk;
    const m = out.match(/at (http:\/\/\S+?)\/?\n/);
    if (m) return { server, base: m[1] };
  }
  throw new Error(`the server did not start: ${out}`);
}
