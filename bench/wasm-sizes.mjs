// Per-function code sizes from a wasm file's name section, grouped by a prefix.
import { readFileSync } from 'node:fs';
const buf = readFileSync(process.argv[2]);
let p = 8;
const u32 = () => { let r = 0, s = 0, b; do { b = buf[p++]; r |= (b & 0x7f) << s; s += 7; } while (b & 0x80); return r >>> 0; };
let imports = 0, bodies = [], names = new Map();
while (p < buf.length) {
  const id = buf[p++]; const size = u32(); const start = p;
  if (id === 2) { const n = u32(); for (let i = 0; i < n; i++) { let l = u32(); p += l; l = u32(); p += l; const kind = buf[p++]; if (kind === 0) { u32(); imports++; } else if (kind === 1) { p++; const f = u32(); u32(); if (f & 1) u32(); } else if (kind === 2) { const f = u32(); u32(); if (f & 1) u32(); } else if (kind === 3) { p += 2; } } }
  if (id === 10) { const n = u32(); for (let i = 0; i < n; i++) { const l = u32(); bodies.push(l); p += l; } }
  if (id === 0) { const nl = u32(); const name = buf.slice(p, p + nl).toString(); p += nl;
    if (name === 'name') { while (p < start + size) { const sid = buf[p++]; const ss = u32(); const se = p + ss;
      if (sid === 1) { const n = u32(); for (let i = 0; i < n; i++) { const idx = u32(); const l = u32(); names.set(idx, buf.slice(p, p + l).toString()); p += l; } }
      p = se; } } }
  p = start + size;
}
const rows = bodies.map((b, i) => [names.get(i + imports) || `f${i + imports}`, b]);
const total = bodies.reduce((a, b) => a + b, 0);
const demangle = (n) => {
  if (!n.startsWith('_ZN')) return n;
  let i = 3, parts = [];
  while (i < n.length && /[0-9]/.test(n[i])) { let j = i; while (/[0-9]/.test(n[j])) j++; const l = Number(n.slice(i, j)); parts.push(n.slice(j, j + l)); i = j + l; }
  return parts.filter((x) => !/^h[0-9a-f]{16}$/.test(x)).join('::').replace(/\$LT\$/g, '<').replace(/\$GT\$/g, '>').replace(/\$u20\$/g, ' ').replace(/\$RF\$/g, '&').replace(/\.\./g, '::').replace(/\$C\$/g, ',').replace(/\$u7b\$/g, '{').replace(/\$u7d\$/g, '}');
};
const group = (n) => {
  n = demangle(n);
  if (process.env.RAW) return n.slice(0, 110);
  const m = n.match(/^[_0-9]*<?(?:impl )?(?:&mut )?([a-z_0-9]+)::([a-z_0-9]+)(?:::([a-z_0-9]+))?/);
  return m ? `${m[1]}::${m[2]}${m[3] && m[1].startsWith('waymark') ? '::' + m[3] : ''}` : n.slice(0, 40);
};
const by = new Map();
for (const [n, b] of rows) by.set(group(n), (by.get(group(n)) || 0) + b);
console.log('code bytes', total, 'functions', bodies.length);
for (const [g, b] of [...by].sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[3] || 40))) console.log(String(b).padStart(8), g);
