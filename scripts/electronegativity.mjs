// Runs Electronegativity over the main process, preload and renderer page, and
// fails on any HIGH or MEDIUM finding not accepted in security/electronegativity-allowlist.json.
// (Electronegativity itself exits 0 whatever it finds, and skips .cjs files: we copy to .js.)
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const dir = mkdtempSync(join(tmpdir(), 'ropa-eneg-'));
// The main process and preload, built module by module as ES modules: Electronegativity
// matches source patterns such as `new BrowserWindow({ webPreferences: … })`, which a
// bundle rewrites beyond recognition (and its parser gives up on the 1.5 MB bundle).
const sources = readdirSync('electron', { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => join('electron', f));
await build({ entryPoints: sources, outdir: join(dir, 'electron'), format: 'esm', platform: 'node', logLevel: 'error' });
const inputs = [['dist/renderer/index.html', 'index.html']];
try {
  for (const [from, to] of inputs) {
    if (!existsSync(from)) throw new Error(`${from} is missing: run npm run build first`);
    copyFileSync(from, join(dir, to));
  }
  const csv = join(dir, 'findings.csv');
  execFileSync(process.execPath, ['node_modules/@doyensec/electronegativity/dist/index.js', '-i', dir, '-o', csv, '-r', '-v', 'false', '-e', '45.4.1'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const rows = readFileSync(csv, 'utf8').trim().split('\n').slice(1).map(parseCsvLine);
  const allow = JSON.parse(readFileSync('security/electronegativity-allowlist.json', 'utf8')).entries;
  const findings = rows.map(([check, severity, confidence, file, location, sample]) => ({ check, severity, confidence, file, location, sample }));
  const serious = findings.filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM');
  const accepted = (f) => allow.some((a) => a.check === f.check && a.file === f.file && (f.sample ?? '').includes(a.sample));
  const open = serious.filter((f) => !accepted(f));
  console.log(`Electronegativity: ${findings.length} findings, ${serious.length} HIGH/MEDIUM, ${serious.length - open.length} accepted in the allow-list.`);
  for (const f of open) console.log(`  ${f.severity} ${f.check} ${f.file}:${f.location} ${f.sample}`);
  if (open.length > 0) {
    console.log('Fix these, or accept each with a reason in security/electronegativity-allowlist.json.');
    process.exitCode = 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function parseCsvLine(line) {
  const out = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out;
}
