// Journey 3: an HR admin moves an application to offer, places a legal hold, previews
// and runs the retention sweep, and fulfils the deletion request the offer kept queued
// (the applicant asks at /privacy/requests and confirms through the emailed link).
// Then the staff accounts and audit pages.
'use strict';
const { expect, signIn, chooseRadio, clickAndWait, applyByHttp, textOf, typeInto, submitWith } = require('../lib/harness');
const { waitForMail, links } = require('../lib/mail');
const { resumePdf } = require('../lib/pdf');

const OFFERED = 'olivia.offered@example.com';

module.exports = async function hrAdmin(journey) {
  const page = await journey.open();
  const request = page.context().request;
  await applyByHttp(request, { slug: 'product-designer', name: 'Olivia Offered', email: OFFERED, resume: resumePdf(['Olivia Offered']) });
  await applyByHttp(request, { slug: 'accounts-payable-specialist', name: 'Hal Held', email: 'hal.held@example.com', resume: resumePdf(['Hal Held']) });

  await signIn(journey, page, process.env.E2E_HR_EMAIL);
  await journey.record(page, 'dashboard');
  await page.goto('/staff?q=Olivia');
  await clickAndWait(page, 'tbody a:text-is("Olivia Offered")');
  await journey.record(page, 'application');
  await page.selectOption('#stage-to', 'offer');
  await clickAndWait(page, 'form[action$="/stage"] button[type=submit]');
  await journey.record(page, 'offer');
  expect((await textOf(page, 'dl.facts')).includes('Offer'), 'the stage is not Offer');

  // A legal hold on a person, with the keyboard alone.
  await page.goto('/admin/holds');
  await journey.record(page, 'holds');
  await chooseRadio(page, 'scope', 'candidate');
  await typeInto(page, '#target', 'hal.held@example.com');
  await typeInto(page, '#case_reference', 'CASE-2026-17');
  await typeInto(page, '#reason', 'Employment tribunal claim: keep every application.');
  await submitWith(page, 'button:text-is("Place the hold")');
  await journey.record(page, 'hold-placed');
  expect((await textOf(page, 'table')).includes('CASE-2026-17'), 'the hold is not listed');

  await page.goto('/admin/retention');
  await journey.record(page, 'retention-preview');
  expect((await textOf(page)).includes('The next sweep will anonymise'), 'no sweep preview');
  await clickAndWait(page, 'button:text-is("Run the sweep now")');
  await journey.record(page, 'retention-run');
  expect(await page.locator('p.notice[role=status]').count() === 1, 'no message after the sweep');

  // The offered applicant asks for deletion in a browser of her own.
  const applicant = await journey.open();
  await applicant.goto('/privacy/requests');
  await journey.record(applicant, 'privacy-request');
  await applicant.fill('#email', OFFERED);
  await applicant.check('#kind-deletion');
  await clickAndWait(applicant, 'button:text-is("Send me the link")');
  await journey.record(applicant, 'privacy-requested');
  const mail = await waitForMail(process.env.E2E_OUTBOX, { to: OFFERED, pattern: /\/privacy\/requests\/verify\// });
  await applicant.goto(links(mail).find((l) => l.includes('/privacy/requests/verify/')));
  await journey.record(applicant, 'privacy-verify');
  await clickAndWait(applicant, 'button:text-is("Delete my data")');
  await journey.record(applicant, 'privacy-deletion-queued');
  expect(/offer/i.test(await textOf(applicant)), 'the deletion page does not mention the open offer');

  await page.goto('/admin/requests');
  await journey.record(page, 'requests');
  const fulfil = page.locator('tbody tr', { hasText: OFFERED }).locator('button:has-text("Fulfil")');
  expect((await fulfil.count()) === 1, 'the queued deletion has no Fulfil button');
  await Promise.all([page.waitForNavigation(), fulfil.click()]);
  await journey.record(page, 'request-fulfilled');
  expect((await page.locator('tbody tr', { hasText: OFFERED }).count()) === 0, 'the fulfilled request still shows the address');
  await waitForMail(process.env.E2E_OUTBOX, { to: OFFERED, pattern: /Your data has been deleted/, seen: new Set([mail.file]) });
  await page.goto('/staff?q=Olivia');
  expect((await textOf(page, 'tbody')).includes('No applications match'), 'the offered application was not deleted');

  await page.goto('/admin/users');
  await journey.record(page, 'users');
  await clickAndWait(page, 'tbody tr:first-child a');
  await journey.record(page, 'user');
  await page.goto('/admin/audit');
  await journey.record(page, 'audit');
};
