// Journey 2: a recruiter signs in with the keyboard, filters the dashboard, opens an
// application, downloads the resume (an attachment), moves it to interview with the
// keyboard alone, then rejects it. Then the job postings pages.
'use strict';
const { expect, signIn, chooseOption, submitWith, clickAndWait, applyByHttp, textOf } = require('../lib/harness');
const { resumePdf } = require('../lib/pdf');

module.exports = async function recruiter(journey) {
  const page = await journey.open();
  const reference = await applyByHttp(page.context().request, {
    slug: 'site-reliability-engineer', name: 'Riley Reviewed', email: 'riley.reviewed@example.com',
    resume: resumePdf(['Riley Reviewed', 'Data analyst, SQL and Python']),
  });

  await signIn(journey, page, process.env.E2E_RECRUITER_EMAIL, { keyboard: true });
  await journey.record(page, 'dashboard');
  await page.fill('#q', 'Riley');
  await page.selectOption('#stage', 'submitted');
  await clickAndWait(page, 'form.filters button[type=submit]');
  await journey.record(page, 'dashboard-filtered');
  const rows = page.locator('tbody tr');
  expect((await rows.count()) === 1 && (await rows.innerText()).includes(reference), `the filter does not list exactly ${reference}`);

  await clickAndWait(page, 'tbody a:text-is("Riley Reviewed")');
  await journey.record(page, 'application');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[download]')]);
  expect(download.suggestedFilename() === `resume-${reference}.pdf`, `resume downloaded as ${download.suggestedFilename()}`);
  const file = await page.context().request.get(await page.getAttribute('a[download]', 'href'));
  const disposition = file.headers()['content-disposition'] || '';
  expect(disposition.startsWith('attachment'), `resume Content-Disposition: ${disposition}`);
  expect((await file.body()).subarray(0, 5).toString() === '%PDF-', 'the resume is not the PDF sent');

  // The stage form with the keyboard alone.
  await chooseOption(page, '#stage-to', 'interview');
  await submitWith(page, 'form[action$="/stage"] button[type=submit]');
  await journey.record(page, 'moved-to-interview');
  expect((await textOf(page, 'dl.facts')).includes('Interview'), 'the stage is not Interview');

  await page.selectOption('#stage-to', 'rejected');
  await page.fill('#stage-note', 'Another candidate fits the role better.');
  await clickAndWait(page, 'form[action$="/stage"] button[type=submit]');
  await journey.record(page, 'rejected');
  expect((await textOf(page, 'dl.facts')).includes('Rejected'), 'the stage is not Rejected');
  expect((await page.inputValue('#stage-to')) === '', 'a move is chosen in advance after rejecting');

  await page.goto('/staff/jobs');
  await journey.record(page, 'jobs');
  await clickAndWait(page, 'tbody a:text-is("Site Reliability Engineer")');
  await journey.record(page, 'job-edit');
  await page.goto('/staff/jobs/new');
  await journey.record(page, 'job-new');
};
