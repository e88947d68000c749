// A private X display for WebKitGTK, which has no headless mode (without a display its
// MiniBrowser stops with "cannot open display"). Xvfb picks a free display number itself
// and writes it to a pipe once it accepts connections (-displayfd), so nothing here
// guesses a number or sleeps.
//
// As a module: `const display = await startDisplay(); … display.name (":3") …
// await display.stop();`
// As a command: `node tests/webkit/display.mjs <command> [args…]` runs the command with
// DISPLAY set to a fresh Xvfb and stops Xvfb afterwards (the wasm-bindgen browser tests
// in WebKit use this: `make test-browser-webkit`).
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const XVFB = process.env.XVFB || 'Xvfb';

/** Starts Xvfb on a free display; resolves once it accepts connections. */
export function startDisplay({ timeout = 20_000 } = {}) {
  // fd 3 is the pipe Xvfb writes its display number to when ready.
  const xvfb = spawn(XVFB, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  xvfb.stderr.on('data', (d) => {
    errors = (errors + d).slice(-2000);
  });
  const exited = new Promise((resolve) => xvfb.once('exit', resolve));
  const stop = async () => {
    if (xvfb.exitCode === null && xvfb.signalCode === null) {
      xvfb.kill('SIGTERM');
      const timer = setTimeout(() => xvfb.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
  };
  return new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`Xvfb did not report a display within ${timeout / 1000} s`));
    }, timeout);
    xvfb.once('error', (e) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb could not start (${e.message}); run scripts/setup.sh`));
    });
    const early = (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb stopped before it was ready (${signal || `exit ${code}`}): ${errors.trim().split('\n').pop() || ''}`));
    };
    xvfb.once('exit', early);
    xvfb.stdio[3].on('data', (d) => {
      text += d;
      const line = text.match(/^(\d+)\n/);
      if (!line) return;
      clearTimeout(timer);
      xvfb.off('exit', early);
      resolve({ name: `:${line[1]}`, process: xvfb, stop });
    });
  });
}

async function runCommand([command, ...args]) {
  if (!command) {
    console.error('usage: node tests/webkit/display.mjs <command> [args…]');
    process.exit(2);
  }
  const display = await startDisplay();
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, DISPLAY: display.name } });
  const stopAll = () => child.kill('SIGTERM');
  process.on('SIGINT', stopAll);
  process.on('SIGTERM', stopAll);
  const code = await new Promise((resolve) => {
    child.once('error', (e) => {
      console.error(`${command}: ${e.message}`);
      resolve(127);
    });
    child.once('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0)));
  });
  await display.stop();
  process.exit(code);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runCommand(process.argv.slice(2));
}
