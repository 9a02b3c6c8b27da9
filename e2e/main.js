// Runs the journeys in order, then the HTML checker over every page they saved, and
// prints the report. Started by e2e/run, which provides the server and the environment.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { report, launch, Journey } = require('./lib/harness');

const JOURNEYS = (process.env.E2E_JOURNEYS || 'applicant recruiter hr-admin job-pages more-pages interviews languages single-sign-on passkeys').split(' ');
const OUT = process.env.E2E_OUT;

function vnu() {
  const dir = path.join(OUT, 'html');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.html')).sort().map((f) => path.join(dir, f));
  if (files.length === 0) return {};
  const jar = path.join(__dirname, 'node_modules/vnu-jar/build/dist/vnu.jar');
  const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.error || !run.stderr.trim().startsWith('{')) throw new Error(`vnu did not run: ${run.error || run.stderr}`);
  const perFile = Object.fromEntries(files.map((f) => [path.basename(f, '.html'), 0]));
  for (const m of JSON.parse(run.stderr).messages) {
    const id = path.basename(decodeURIComponent(m.url || ''), '.html');
    perFile[id] = (perFile[id] || 0) + 1;
    report.problems.push({ check: 'vnu', page: id, text: `line ${m.lastLine}: ${m.message} ${m.extract ? `[${m.extract.trim()}]` : ''}` });
  }
  return perFile;
}

(async () => {
  for (const sub of ['screenshots', 'html']) {
    fs.rmSync(path.join(OUT, sub), { recursive: true, force: true });
    fs.mkdirSync(path.join(OUT, sub), { recursive: true });
  }
  const started = Date.now();
  const browser = await launch();
  const results = [];
  for (const name of JOURNEYS) {
    const journey = new Journey(name, browser);
    const t0 = Date.now();
    try {
      await require(`./journeys/${name}`)(journey);
      results.push({ name, ok: true, seconds: (Date.now() - t0) / 1000, note: journey.note });
    } catch (error) {
      results.push({ name, ok: false, seconds: (Date.now() - t0) / 1000, error });
      for (const [i, context] of journey.contexts.entries()) {
        for (const page of context.pages()) {
          await page.screenshot({ path: path.join(OUT, 'screenshots', `${name}-FAILED-${i}.png`), fullPage: true }).catch(() => {});
        }
      }
    }
    await journey.close();
  }
  await browser.close();
  const vnuCounts = vnu();

  const width = Math.max(...report.pages.map((p) => p.id.length), 4) + 2;
  console.log(`\n${'page'.padEnd(width)}status  axe critical/serious/moderate/minor  vnu errors`);
  for (const p of report.pages) {
    const i = p.impacts;
    console.log(`${p.id.padEnd(width)}${String(p.status).padEnd(8)}${`${i.critical}/${i.serious}/${i.moderate}/${i.minor}`.padEnd(37)}${vnuCounts[p.id] ?? 0}`);
  }
  const checks = ['axe', 'vnu', 'json-ld', 'keyboard', 'console'];
  console.log('');
  for (const c of checks) {
    const found = report.problems.filter((p) => p.check === c);
    console.log(`${c}: ${found.length} problem${found.length === 1 ? '' : 's'}`);
    for (const p of found.slice(0, 40)) console.log(`  ${p.page}: ${p.text}`);
    if (found.length > 40) console.log(`  … and ${found.length - 40} more in report.json`);
  }
  console.log('');
  for (const r of results) {
    console.log(`journey ${r.name}: ${r.ok ? 'passed' : 'FAILED'} in ${r.seconds.toFixed(1)} s${r.note ? ` (${r.note})` : ''}`);
    if (!r.ok) console.log(`  ${r.error.stack || r.error}`);
  }
  fs.writeFileSync(path.join(OUT, 'report.json'), JSON.stringify({ results: results.map(({ error, ...r }) => ({ ...r, error: error && String(error) })), ...report, vnu: vnuCounts }, null, 1));
  const outcomes = [...results.map((r) => r.ok), ...checks.map((c) => !report.problems.some((p) => p.check === c))];
  const passed = outcomes.filter(Boolean).length;
  console.log(`\n${report.pages.length} pages, ${((Date.now() - started) / 1000).toFixed(0)} s; screenshots and HTML in ${OUT}`);
  console.log(`${passed} passed, ${outcomes.length - passed} failed`);
  process.exit(passed === outcomes.length ? 0 : 1);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
