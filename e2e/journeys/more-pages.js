// Journey 5: the pages the other journeys do not reach. An applicant's access,
// correction and withdrawal requests through their emailed links; the 413 and 415
// answers of the apply form; a hiring manager invited by the HR admin, choosing a
// password from the welcome email and reviewing an application; and the main public
// pages on a phone-sized screen.
'use strict';
const { expect, signIn, clickAndWait, applyByHttp, textOf, typeInto, submitWith } = require('../lib/harness');
const { waitForMail, links } = require('../lib/mail');
const { resumePdf } = require('../lib/pdf');

const PRIYA = 'priya.privacy@example.com';
const HARRY = 'harry.manager@example.com';

// Asks for a privacy request of `kind` and opens the emailed link.
async function requestAndOpen(journey, page, kind, seen) {
  await page.goto('/privacy/requests');
  await page.fill('#email', PRIYA);
  await page.check(`#kind-${kind}`);
  await clickAndWait(page, 'button:text-is("Send me the link")');
  const mail = await waitForMail(process.env.E2E_OUTBOX, { to: PRIYA, pattern: /\/privacy\/requests\/verify\//, seen });
  await page.goto(links(mail).find((l) => l.includes('/privacy/requests/verify/')));
  await journey.record(page, `privacy-${kind}`);
}

module.exports = async function morePages(journey) {
  const applicant = await journey.open();
  await applyByHttp(applicant.context().request, { slug: 'product-designer', name: 'Priya Privacy', email: PRIYA, resume: resumePdf(['Priya Privacy']) });
  const seen = new Set();

  await requestAndOpen(journey, applicant, 'access', seen);
  const [download] = await Promise.all([applicant.waitForEvent('download'), applicant.click('button:text-is("Download my data")')]);
  expect(download.suggestedFilename().endsWith('.zip'), `the access download is ${download.suggestedFilename()}`);

  await requestAndOpen(journey, applicant, 'correction', seen);
  await applicant.fill('#full_name', 'Priya Privacy-Shah');
  await submitWith(applicant, 'button:text-is("Save my details")');
  await journey.record(applicant, 'privacy-corrected');

  await requestAndOpen(journey, applicant, 'withdraw', seen);
  await clickAndWait(applicant, 'button:text-is("Withdraw my applications")');
  await journey.record(applicant, 'privacy-withdrawn');

  // The apply form's refusals that come as whole pages.
  for (const [label, status, file] of [
    ['too-large', 413, { name: 'huge.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(11 << 20, 0x61)]) }],
    ['wrong-type', 415, { name: 'cv.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([Buffer.from([0x4d, 0x5a, 0x90, 0x00]), Buffer.alloc(4000)]) }], // a program named cv.pdf
  ]) {
    await applicant.goto('/jobs/product-designer/apply');
    await applicant.fill('#full_name', 'Tom Tester');
    await applicant.fill('#email', `tom.${label}@example.com`);
    await applicant.selectOption('#country', 'US');
    await applicant.fill('#date_of_birth', '1990-05-15');
    await applicant.setInputFiles('#resume', file);
    await applicant.check('#consent_privacy');
    await clickAndWait(applicant, 'button:text-is("Send application")');
    await journey.record(applicant, label, { status });
  }

  // The HR admin invites a hiring manager, who chooses a password from the welcome mail.
  const admin = await journey.open();
  await signIn(journey, admin, process.env.E2E_HR_EMAIL);
  await admin.goto('/admin/users');
  await admin.fill('#email', HARRY);
  await admin.fill('#display_name', 'Harry Manager');
  await admin.selectOption('#role', 'hiring_manager');
  await admin.check('input[name=affiliate][value=US]');
  await clickAndWait(admin, 'button:text-is("Create the account")');
  await journey.record(admin, 'user-created');
  const welcome = await waitForMail(process.env.E2E_OUTBOX, { to: HARRY, pattern: /\/staff\/password\// });
  const manager = await journey.open();
  await manager.goto(links(welcome).find((l) => l.includes('/staff/password/')));
  await journey.record(manager, 'choose-password');
  await typeInto(manager, '#password', process.env.E2E_PASSWORD);
  await typeInto(manager, '#confirm', process.env.E2E_PASSWORD);
  await submitWith(manager, 'button[type=submit]');
  expect(new URL(manager.url()).pathname === '/staff/login', `after choosing a password: ${manager.url()}`);
  await signIn(journey, manager, HARRY);
  await journey.record(manager, 'manager-dashboard');
  const first = manager.locator('tbody a').first();
  expect((await first.count()) === 1, 'the hiring manager sees no application of the US affiliate');
  await Promise.all([manager.waitForNavigation(), first.click()]);
  await journey.record(manager, 'manager-application');
  expect((await textOf(manager, 'h1')).length > 0, 'the application page has no heading');

  // A phone-sized screen.
  const phone = await journey.open({ viewport: { width: 375, height: 740 }, isMobile: true });
  for (const [path, label] of [['/', 'phone-home'], ['/jobs', 'phone-jobs'], ['/jobs/product-designer', 'phone-job'],
    ['/jobs/product-designer/apply', 'phone-apply'], ['/privacy/requests', 'phone-privacy-request'], ['/staff/login', 'phone-login']]) {
    await phone.goto(path);
    await journey.record(phone, label);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow <= 0, `${path} is ${overflow}px wider than a 375px screen`);
  }
};
