// Every language (docs/languages.md): one page of each kind recorded (axe, vnu, keyboard,
// console), the job page's JSON-LD, the form's messages, the switcher to the same page,
// and Arabic laid out right to left (screenshots rtl-*.png, for review). Then the
// pseudo-localised server (every text longer and accented) on a 375 px phone: no page may
// be wider than the screen.
'use strict';
const path = require('path');
const { report, expect, submitWith, clickAndWait } = require('../lib/harness');
const { checkJobPage } = require('../lib/jsonld');

const JOB = 'solutions-engineer';
const OUT = process.env.E2E_OUT;

// One page of each kind, in language `code`: [address, label, status].
function pagesIn(code) {
  const p = code === 'en' ? '' : `/${code}`;
  return [
    [p || '/', 'home', 200],
    [`${p}/jobs`, 'jobs', 200],
    [`${p}/jobs/${JOB}`, 'job', 200],
    [`${p}/jobs/${JOB}/apply`, 'apply', 200],
    [`${p}/privacy`, 'privacy', 200],
    [`${p}/cookies`, 'cookies', 200],
    [`${p}/privacy/requests`, 'privacy-request', 200],
    [`${p}/jobs/no-such-job`, 'not-found', 404],
  ];
}

const overflowOf = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

module.exports = async function languages(journey) {
  const page = await journey.open();
  await page.goto('/');
  const codes = await page.locator('link[rel=alternate][hreflang]')
    .evaluateAll((links) => links.map((l) => l.hreflang).filter((c) => c !== 'x-default'));
  expect(codes.length >= 7, `only ${codes.length} languages linked from the home page`);

  for (const code of codes) {
    for (const [address, label, status] of pagesIn(code)) {
      await page.goto(address);
      const html = await journey.record(page, `${code}-${label}`, { status });
      const lang = await page.getAttribute('html', 'lang');
      expect(lang === code, `${address}: <html lang="${lang}">`);
      if (label === 'job') {
        for (const p of checkJobPage(html)) report.problems.push({ check: 'json-ld', page: address, text: p });
      }
    }
    // The form sent empty comes back in the language, with its messages.
    await page.goto(pagesIn(code)[3][0]);
    const button = await page.locator('form button.button-primary').innerText();
    await submitWith(page, 'form button.button-primary');
    await journey.record(page, `${code}-apply-errors`, { status: 422 });
    expect(await page.locator('.error-summary li').count() > 0, `${code}: no error summary`);
    if (code !== 'en') expect(button !== 'Send application', `${code}: the button is in English`);
  }

  // The switcher leads to the same page, query kept.
  await page.goto('/de/jobs?q=engineer');
  await clickAndWait(page, '.languages a[hreflang=fr]');
  const url = new URL(page.url());
  expect(url.pathname + url.search === '/fr/jobs?q=engineer', `the switcher went to ${url.pathname}${url.search}`);

  // Right to left: the document's direction, and the header mirrored (brand on the right).
  for (const [address, name] of [['/ar', 'rtl-home'], [`/ar/jobs/${JOB}`, 'rtl-job'], [`/ar/jobs/${JOB}/apply`, 'rtl-apply']]) {
    await page.goto(address);
    expect(await page.evaluate(() => document.dir) === 'rtl', `${address} is not right to left`);
    const brand = await page.locator('.brand').boundingBox();
    const nav = await page.locator('.site-header nav').first().boundingBox();
    expect(brand.x > nav.x, `${address}: the brand is left of the menu (${brand.x} <= ${nav.x})`);
    await page.screenshot({ path: path.join(OUT, 'screenshots', `${name}.png`), fullPage: true });
  }

  // Pseudo-localised text on a phone: every page of each kind in three languages.
  const pseudo = process.env.E2E_PSEUDO_URL;
  expect(pseudo, 'E2E_PSEUDO_URL is not set (e2e/run starts the pseudo-localised server)');
  const phone = await journey.open({ viewport: { width: 375, height: 740 }, isMobile: true, baseURL: pseudo });
  let checked = 0;
  for (const code of ['en', 'de', 'ar']) {
    for (const [address, label, status] of pagesIn(code)) {
      const answer = await phone.goto(address);
      expect(answer.status() === status, `pseudo ${address}: ${answer.status()}`);
      // The footer is our own text on every page (a heading may be a job's title).
      const footer = await phone.innerText('.site-footer p');
      expect(footer.startsWith('['), `pseudo ${address}: the footer ${JSON.stringify(footer)} is not pseudo-localised`);
      const overflow = await overflowOf(phone);
      if (overflow > 0) {
        await phone.screenshot({ path: path.join(OUT, 'screenshots', `pseudo-${code}-${label}.png`), fullPage: true });
      }
      expect(overflow <= 0, `pseudo ${address} is ${overflow}px wider than a 375px screen`);
      checked++;
    }
    await phone.goto(pagesIn(code)[3][0]);
    await submitWith(phone, 'form button.button-primary');
    const overflow = await overflowOf(phone);
    expect(overflow <= 0, `pseudo ${code} form with its messages is ${overflow}px wider than a 375px screen`);
    checked++;
  }
  await phone.goto('/jobs');
  await phone.screenshot({ path: path.join(OUT, 'screenshots', 'pseudo-en-jobs.png'), fullPage: true });
  journey.note = `${codes.length} languages, ${codes.length * 9} pages recorded, ${checked} pseudo-localised pages at 375 px`;
};
