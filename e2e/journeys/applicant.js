// Journey 1: an applicant finds a job with the search box, applies with the keyboard
// alone (a cover letter mentioning health, so the sensitive-data review appears),
// submits anyway, follows the emailed status link and withdraws. Then the public
// information pages and a 404.
'use strict';
const { report, expect, tabTo, typeInto, chooseOption, check, typeDate, chooseFile, submitWith, clickAndWait, textOf } = require('../lib/harness');
const { waitForMail, links } = require('../lib/mail');
const { checkJobPage } = require('../lib/jsonld');
const { resumePdf } = require('../lib/pdf');

const EMAIL = 'jane.applicant@example.com';

module.exports = async function applicant(journey) {
  const page = await journey.open();
  await page.goto('/');
  await journey.record(page, 'home');

  await typeInto(page, '#q', 'designer');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  await journey.record(page, 'jobs-search');
  expect(new URL(page.url()).searchParams.get('q') === 'designer', `search did not reach /jobs?q=: ${page.url()}`);
  const found = page.locator('.job-list h2 a');
  expect((await found.allInnerTexts()).includes('Product Designer'), 'the search for "designer" does not list Product Designer');

  await clickAndWait(page, '.job-list a:text-is("Product Designer")');
  const jobHtml = await journey.record(page, 'job');
  for (const p of checkJobPage(jobHtml)) report.problems.push({ check: 'json-ld', page: page.url(), text: p });

  await clickAndWait(page, 'a:text-is("Apply for this job")');
  await journey.record(page, 'apply-form');
  // Sent empty first: the form comes back (422) with its messages.
  await submitWith(page, 'button:text-is("Send application")');
  await journey.record(page, 'apply-errors', { status: 422 });
  expect(await page.locator('.error-summary li').count() > 0, 'no error summary after sending the empty form');
  // The form with the keyboard alone: Tab, typing, arrows, Space, Enter.
  await typeInto(page, '#full_name', 'Jane Applicant');
  await typeInto(page, '#email', EMAIL);
  await typeInto(page, '#phone', '+1 206 555 0100');
  await chooseOption(page, '#country', 'US');
  await typeDate(page, '#date_of_birth', '1990-05-15');
  await chooseFile(page, '#resume', {
    name: 'jane-applicant-resume.pdf', mimeType: 'application/pdf',
    buffer: resumePdf(['Jane Applicant', 'Product designer, 9 years', 'Design systems, research, video tools']),
  });
  await typeInto(page, '#cover_letter', 'I design video tools for teachers. I was diagnosed with asthma as a child; it never held me back.');
  await check(page, '#consent_privacy');
  await submitWith(page, 'button:text-is("Send application")');

  await journey.record(page, 'review');
  expect(/Health/i.test(await textOf(page)), 'the review step does not name the health finding');
  await submitWith(page, 'button:text-is("Submit anyway")');

  await journey.record(page, 'submitted');
  const reference = (await textOf(page, '.reference')).trim();
  const mail = await waitForMail(process.env.E2E_OUTBOX, { to: EMAIL, pattern: /\/applications\/status\// });
  expect(mail.body.includes(reference), `the confirmation email lacks the reference ${reference}`);
  const statusUrl = links(mail).find((l) => l.includes('/applications/status/'));
  await page.goto(statusUrl);
  await journey.record(page, 'status');
  expect((await textOf(page)).includes('Received: waiting for review'), 'the status page does not say the application was received');
  await clickAndWait(page, 'button:text-is("Withdraw my application")');
  await journey.record(page, 'withdrawn');
  expect((await textOf(page)).includes('Withdrawn by you'), 'the status page does not show the withdrawal');

  for (const [path, label, status] of [['/privacy', 'privacy', 200], ['/cookies', 'cookies', 200], ['/jobs/no-such-job', 'not-found', 404]]) {
    await page.goto(path);
    await journey.record(page, label, { status });
  }
  await tabTo(page, 'main a.button'); // the 404 page's way out works from the keyboard too
};
