// Every open job's page, from the full job list: recorded like the others, and its
// JobPosting JSON-LD checked against Google's required fields.
'use strict';
const { report, expect } = require('../lib/harness');
const { checkJobPage } = require('../lib/jsonld');

module.exports = async function jobPages(journey) {
  const page = await journey.open();
  await page.goto('/jobs');
  await journey.record(page, 'jobs');
  const slugs = [];
  for (let next = '/jobs'; next; ) {
    await page.goto(next);
    for (const href of await page.locator('.job-list h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) slugs.push(href);
    const more = page.locator('a[rel=next]');
    next = (await more.count()) ? await more.getAttribute('href') : null;
  }
  expect(slugs.length > 0, 'the job list is empty');
  for (const href of slugs) {
    await page.goto(href);
    const html = await journey.record(page, `job-${href.split('/').pop()}`);
    for (const p of checkJobPage(html)) report.problems.push({ check: 'json-ld', page: href, text: p });
  }
  journey.note = `${slugs.length} job pages`;
};
