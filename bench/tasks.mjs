// Lists a saved Lighthouse trace's main-thread tasks over 20 ms (MIN=ms to change), with
// what is inside each: `LH_TRACES=1 LH_REPORTS=dir node bench/lighthouse.mjs`, then
// `node bench/tasks.mjs dir/<case>.trace.json`. Not part of `make bench`.
import { readFileSync } from 'node:fs';
const t = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const ev = t.traceEvents;
const names = ev.filter((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain');
let best = null;
for (const n of names) { const c = ev.filter((e) => e.pid === n.pid && e.tid === n.tid && e.ph === 'X').length; if (!best || c > best.c) best = { ...n, c }; }
const mine = ev.filter((e) => e.pid === best.pid && e.tid === best.tid && e.ph === 'X');
const nav = ev.find((e) => e.name === 'navigationStart' && e.pid === best.pid);
const tasks = mine.filter((e) => (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.dur > (Number(process.env.MIN) || 20) * 1000).sort((a, b) => a.ts - b.ts);
let over = 0;
for (const task of tasks) {
  if (task.dur * 4 > 50000) over += task.dur * 4 / 1000 - 50;
  const inside = mine.filter((e) => e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e !== task);
  const by = new Map();
  for (const e of inside) { const d = e.args?.data; const k = e.name + (d?.url ? ' ' + d.url.slice(-28) : '') + (d?.functionName ? ' ' + d.functionName : ''); by.set(k, Math.max(by.get(k) || 0, e.dur)); }
  const top = [...by].sort((a, b) => b[1] - a[1]).slice(0, 7).map(([k, v]) => `${k}=${(v / 1000).toFixed(0)}`).join(' | ');
  console.log(`${((task.ts - nav.ts) / 1000).toFixed(0).padStart(6)} ${(task.dur / 1000).toFixed(1).padStart(6)}ms  ${top}`);
}
console.log('x4 over 50 ms, whole trace:', over.toFixed(0));
