// Shared helpers: the browser, a journey's pages (each visit saves a screenshot and the
// served HTML, runs axe-core and a keyboard walk), keyboard-only form filling,
// and plain assertions. The runner (main.js) gathers the report.
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const BASE = process.env.E2E_BASE_URL;
const OUT = process.env.E2E_OUT;
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
// Without the background-networking flags Chromium stalls on the closed network.
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

// Everything the checks found, read by main.js.
const report = { pages: [], problems: [] };

function launch() {
  return chromium.launch({ executablePath: process.env.E2E_CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

class Journey {
  constructor(name, browser) {
    this.name = name;
    this.browser = browser;
    this.count = 0;
    this.contexts = [];
  }

  // A fresh browser profile (own cookies) with one tab; a desktop window and the main
  // server unless told.
  async open({ viewport = { width: 1280, height: 800 }, isMobile = false, baseURL = BASE } = {}) {
    const context = await this.browser.newContext({
      baseURL, locale: 'en-US', timezoneId: 'UTC', viewport, isMobile, hasTouch: isMobile, acceptDownloads: true,
    });
    this.contexts.push(context);
    const page = await context.newPage();
    page.e2e = { last: null, errors: [] };
    page.on('response', (r) => {
      if (r.request().isNavigationRequest() && r.frame() === page.mainFrame()) page.e2e.last = r;
    });
    // Only our own origin's console: another site's page on the way (the OpenID
    // provider's, with its missing favicon) is not ours to check.
    const origin = new URL(baseURL).origin;
    page.on('console', (m) => {
      const from = m.location().url || '';
      if (m.type() === 'error' && (from === '' || from.startsWith(origin))) page.e2e.errors.push(m.text());
    });
    page.on('pageerror', (e) => page.e2e.errors.push(String(e)));
    return page;
  }

  async close() {
    for (const c of this.contexts) await c.close();
  }

  // Records the page the tab shows now: status, served HTML, screenshot, axe, keyboard reach.
  async record(page, label, { status = 200 } = {}) {
    await page.waitForLoadState('load');
    const id = `${this.name}-${String(++this.count).padStart(2, '0')}-${label}`;
    const response = page.e2e.last;
    expect(response, `${id}: no document response`);
    expect(response.status() === status, `${id}: ${page.url()} answered ${response.status()}, expected ${status}`);
    expect((response.headers()['content-type'] || '').startsWith('text/html'), `${id}: not HTML`);
    const html = await response.text();
    fs.writeFileSync(path.join(OUT, 'html', `${id}.html`), html);
    await page.screenshot({ path: path.join(OUT, 'screenshots', `${id}.png`), fullPage: true });
    const violations = await runAxe(page);
    const { missed, invisible } = await keyboardWalk(page);
    // The browser logs the document's own error status; that one is expected.
    const errors = page.e2e.errors.splice(0).filter((e) => !(status !== 200 && e.includes(`status of ${status}`)));
    const impacts = { critical: 0, serious: 0, moderate: 0, minor: 0 };
    for (const v of violations) impacts[v.impact] = (impacts[v.impact] || 0) + 1;
    report.pages.push({ id, path: new URL(page.url()).pathname, status, impacts, violations, missed, invisible, errors });
    for (const v of violations.filter((x) => ['serious', 'critical'].includes(x.impact))) {
      report.problems.push({ check: 'axe', page: id, text: `${v.impact} ${v.id}: ${v.help} at ${v.nodes.join(' | ')}` });
    }
    for (const m of missed) report.problems.push({ check: 'keyboard', page: id, text: `not reachable with Tab: ${m}` });
    for (const m of invisible) report.problems.push({ check: 'keyboard', page: id, text: `no visible focus indicator: ${m}` });
    for (const e of errors) report.problems.push({ check: 'console', page: id, text: e });
    return html;
  }
}

async function runAxe(page) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  });
}

// Tabs through the whole page from the top. Returns the form controls never focused (a
// radio group counts as reached when one of its radios is) and the focused elements
// without a visible focus indicator (no outline and no box-shadow).
async function keyboardWalk(page) {
  const stops = await page.evaluate(() => {
    document.querySelectorAll('form input, form select, form textarea, form button').forEach((el, i) => {
      const shown = el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
      // Fields of a closed <details> are reached once it is opened, not before.
      const folded = el.closest('details:not([open])');
      if (el.type === 'hidden' || el.disabled || !shown || folded || el.closest('[aria-hidden="true"]')) return;
      const label = (el.labels && el.labels[0] ? el.labels[0].textContent : el.textContent).trim().slice(0, 40);
      el.dataset.e2eKey = el.type === 'radio' ? `radio group ${el.name}` : `${el.tagName.toLowerCase()}#${el.id || el.name || i} (${label})`;
    });
    const start = document.createElement('span');
    start.tabIndex = -1;
    start.id = 'e2e-start';
    document.body.prepend(start);
    start.focus();
    return document.querySelectorAll('a[href], input, select, textarea, button, summary, [tabindex]').length;
  });
  const reached = new Set();
  const invisible = new Set();
  for (let i = 0; i < stops + 5; i++) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(() => {
      const a = document.activeElement;
      if (!a || a === document.body) return null;
      const style = getComputedStyle(a);
      const shown = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      return { key: a.dataset.e2eKey || '', shown, what: a.outerHTML.slice(0, 80) };
    });
    if (at === null) break;
    if (at.key) reached.add(at.key);
    if (!at.shown) invisible.add(at.what);
  }
  const expected = await page.evaluate(() => {
    document.getElementById('e2e-start')?.remove();
    return [...new Set([...document.querySelectorAll('[data-e2e-key]')].map((el) => el.dataset.e2eKey))];
  });
  return { missed: expected.filter((k) => !reached.has(k)), invisible: [...invisible] };
}

// Keyboard-only form filling: Tab to a field (any Playwright selector), then type,
// Space or arrow keys.
async function tabTo(page, selector, max = 150) {
  const target = await page.waitForSelector(selector, { state: 'attached' });
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function typeInto(page, selector, text) {
  await tabTo(page, selector);
  await page.keyboard.type(text);
  expect((await page.inputValue(selector)) === text, `${selector} did not take the typed text`);
}

async function chooseOption(page, selector, value) {
  await tabTo(page, selector);
  const label = await page.$eval(selector, (el, v) => [...el.options].find((o) => o.value === v)?.textContent ?? '', value);
  await page.keyboard.type(label.split(' ')[0]); // type-ahead to the first word, then arrows
  for (let i = 0; i < 60 && (await page.inputValue(selector)) !== value; i++) await page.keyboard.press('ArrowDown');
  expect((await page.inputValue(selector)) === value, `${selector}: could not choose ${value} with the keyboard`);
}

async function check(page, selector) {
  await tabTo(page, selector);
  await page.keyboard.press('Space');
  expect(await page.isChecked(selector), `${selector} not ticked by Space`);
}

// A radio group is one Tab stop; the arrow keys choose within it.
async function chooseRadio(page, name, value) {
  for (let i = 0; !(await page.evaluate((n) => document.activeElement?.name === n, name)); i++) {
    expect(i < 150, `Tab never reached the ${name} radio group`);
    await page.keyboard.press('Tab');
  }
  const target = `input[type=radio][name="${name}"][value="${value}"]`;
  for (let i = 0; i < 20 && !(await page.isChecked(target)); i++) await page.keyboard.press('ArrowDown');
  expect(await page.isChecked(target), `could not choose ${name}=${value} with the arrow keys`);
}

// A date field in the en-US order (mm dd yyyy); `iso` is yyyy-mm-dd.
async function typeDate(page, selector, iso) {
  const [y, m, d] = iso.split('-');
  await tabTo(page, selector);
  await page.keyboard.type(`${m}${d}${y}`);
  expect((await page.inputValue(selector)) === iso, `${selector}: typed ${iso}, got ${await page.inputValue(selector)}`);
}

// Opens a file input's chooser with the Space key and answers it. Headless Chromium
// now and then drops the chooser of a trusted key press (one CI run in many waited
// 30 s for it), so Space is pressed up to three times, 10 s apart, and the retry is
// said on the console; no chooser after three presses fails the journey.
async function chooseFile(page, selector, file) {
  await tabTo(page, selector);
  for (let attempt = 1; ; attempt++) {
    try {
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser', { timeout: 10000 }),
        page.keyboard.press('Space'),
      ]);
      await chooser.setFiles(file);
      return;
    } catch (e) {
      if (attempt === 3) throw e;
      console.log(`${selector}: no file chooser after Space (press ${attempt}), pressing again`);
      expect(await page.evaluate((s) => document.activeElement?.matches(s), selector), `${selector} lost the focus`);
    }
  }
}

// Tabs to a button and presses Enter, waiting for the page it leads to.
async function submitWith(page, selector) {
  await tabTo(page, selector);
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
}

// Clicks and waits for the next page.
async function clickAndWait(page, selector) {
  await Promise.all([page.waitForNavigation(), page.click(selector)]);
}

// Applies through plain HTTP (form page, then the multipart post) for journeys that
// need an application to work on; the applicant journey does it in the browser.
async function applyByHttp(request, { slug, name, email, resume }) {
  const form = await (await request.get(`/jobs/${slug}/apply`)).text();
  const field = (n) => form.match(new RegExp(`name="${n}" value="([^"]*)"`))[1];
  const answer = await request.post(`/jobs/${slug}/apply`, {
    maxRedirects: 0,
    multipart: {
      csrf_token: field('csrf_token'), form_started: field('form_started'), website: '',
      full_name: name, email, phone: '', country: 'US', date_of_birth: '1985-03-02',
      cover_letter: 'I would like to join the team.', profile_url: '', consent_privacy: 'yes',
      resume: { name: 'resume.pdf', mimeType: 'application/pdf', buffer: resume },
    },
  });
  expect(answer.status() === 303, `applying as ${email}: HTTP ${answer.status()}`);
  return new URL(answer.headers().location, BASE).searchParams.get('reference');
}

// RFC 6238 codes, computed here as a phone's authenticator app would: base32 key,
// HMAC-SHA1, 30-second steps, six digits.
function base32Decode(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of text.replace(/[\s=]/g, '').toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

function totp(key, step) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = require('crypto').createHmac('sha1', base32Decode(key)).update(counter).digest();
  const offset = mac[19] & 0x0f;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1000000).padStart(6, '0');
}

// Each account's authenticator key once enrolled, and the last step used: the portal
// takes a code once, so the next sign-in uses a later step (one ahead is allowed) or
// waits for one.
const authenticators = new Map();

async function nextCode(email) {
  const app = authenticators.get(email);
  for (;;) {
    const now = Math.floor(Date.now() / 1000 / 30);
    const step = Math.max(now, app.last + 1);
    if (step <= now + 1) {
      app.last = step;
      return totp(app.key, step);
    }
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}

// The second step of signing in: enrolling an authenticator app the first time (HR
// admins must have one), giving its code afterwards.
async function secondFactor(journey, page, email) {
  const at = () => new URL(page.url()).pathname;
  if (at() === '/staff/security') {
    await journey.record(page, 'enrol-second-factor');
    await clickAndWait(page, 'form[action="/staff/security/totp/start"] button[type=submit]');
    await journey.record(page, 'enrol-scan');
    const key = (await page.innerText('.secret')).trim();
    authenticators.set(email, { key, last: 0 });
    await page.fill('#code', await nextCode(email));
    await clickAndWait(page, 'form[action="/staff/security/totp/confirm"] button[type=submit]');
    await journey.record(page, 'recovery-codes');
    const codes = await page.$$eval('.recovery-codes code', (all) => all.map((c) => c.textContent));
    expect(codes.length === 10, `${email}: ${codes.length} recovery codes shown`);
    await clickAndWait(page, 'main a.button-primary');
  } else if (at() === '/staff/login/second-factor') {
    await journey.record(page, 'second-factor');
    await page.fill('#code', await nextCode(email));
    await clickAndWait(page, 'form.code-form[action="/staff/login/second-factor"] button[type=submit]');
  }
}

// Signs in at /staff/login: typed and submitted with the keyboard alone, or by mouse.
async function signIn(journey, page, email, { keyboard = false } = {}) {
  await page.goto('/staff/login');
  await journey.record(page, 'login');
  if (keyboard) {
    await typeInto(page, '#email', email);
    await typeInto(page, '#password', process.env.E2E_PASSWORD);
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  } else {
    await page.fill('#email', email);
    await page.fill('#password', process.env.E2E_PASSWORD);
    await clickAndWait(page, 'form[action="/staff/login"] button[type=submit]');
  }
  await secondFactor(journey, page, email);
  expect(new URL(page.url()).pathname === '/staff', `${email} not signed in: at ${page.url()}`);
}

const textOf = (page, selector = 'main') => page.innerText(selector);

module.exports = {
  BASE, signIn, textOf, report, launch, expect, Journey, tabTo, typeInto, chooseOption, check, chooseRadio, typeDate, chooseFile,
  submitWith, clickAndWait, applyByHttp,
};
