// Journey 6: the hiring loop. A recruiter sets their time zone, looks at the job's
// interview plan, schedules an interview at a time (with themselves as interviewer),
// fills in and submits the scorecard, offers slots for a second interview, and drafts an
// offer. The applicant then picks a slot through the emailed link with the keyboard
// alone, reading the times in a zone of their choice.
'use strict';
const { expect, signIn, clickAndWait, applyByHttp, textOf, chooseOption, chooseRadio, submitWith } = require('../lib/harness');
const { waitForMail, links } = require('../lib/mail');
const { resumePdf } = require('../lib/pdf');

const EMAIL = 'ines.interviewed@example.com';

// `days` from now at `hour`:00, as a datetime-local field takes it (the recruiter's zone
// is set to UTC first, so this is also UTC).
function localTime(days, hour) {
  const at = new Date(Date.now() + days * 86400000);
  const pad = (n) => String(n).padStart(2, '0');
  return `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}T${pad(hour)}:00`;
}

module.exports = async function interviews(journey) {
  const page = await journey.open();
  await applyByHttp(page.context().request, {
    slug: 'customer-success-manager', name: 'Ines Interviewed', email: EMAIL,
    resume: resumePdf(['Ines Interviewed', 'Customer success, eight years']),
  });
  await signIn(journey, page, process.env.E2E_RECRUITER_EMAIL);

  await page.goto('/staff/profile');
  await journey.record(page, 'profile');
  await page.selectOption('#time_zone', 'UTC');
  await clickAndWait(page, 'form[action="/staff/profile"] button[type=submit]');
  expect((await textOf(page, '.notice')).includes('UTC'), 'the time zone was not saved');

  await page.goto('/staff?q=Ines');
  await clickAndWait(page, 'tbody a:text-is("Ines Interviewed")');
  const application = new URL(page.url()).pathname;
  await clickAndWait(page, 'a:text-is("Interview plan")');
  await journey.record(page, 'interview-plan');
  expect((await page.inputValue('#step-1-name')) === 'Skills interview', 'the default plan is not shown');

  // An interview at a time, the recruiter interviewing.
  await page.goto(`${application}/interviews/new`);
  await journey.record(page, 'interview-new');
  await page.selectOption('#step', '1');
  await page.fill('#start', localTime(3, 15));
  await page.fill('#duration', '60');
  await page.fill('#video_url', 'https://meet.example.com/ines-skills');
  await page.selectOption('#applicant_time_zone', 'America/Chicago');
  await page.fill('#message', 'We will talk about your onboarding work.');
  await clickAndWait(page, 'button:text-is("Schedule and send invitations")');
  await journey.record(page, 'interview');
  expect((await textOf(page)).includes('invitations are on their way'), 'the interview was not scheduled');
  const interview = new URL(page.url()).pathname;

  // The scorecard: drafted, then submitted.
  await clickAndWait(page, 'a:text-is("Your scorecard")');
  await journey.record(page, 'scorecard');
  for (const [index, value] of ['yes', 'strong_yes', 'not_assessed'].entries()) {
    await page.check(`input[name="rating[${index}]"][value="${value}"]`);
  }
  await page.check('input[name=recommendation][value=yes]');
  await page.fill('#takeaways', 'Clear examples, asked good questions.');
  await clickAndWait(page, 'button:text-is("Save the draft")');
  await journey.record(page, 'scorecard-draft');
  await clickAndWait(page, 'button:text-is("Submit")');
  await journey.record(page, 'scorecard-submitted');
  expect((await textOf(page)).includes('Submitted (version 1)'), 'the scorecard was not submitted');
  await page.goto(interview);
  expect((await textOf(page)).includes('Clear examples'), 'the interview page does not show the feedback');

  // Slots for a second interview, picked by the applicant below.
  await page.goto(`${application}/interviews/new`);
  await page.selectOption('#step', '2');
  await page.check('input[name=mode][value=slots]');
  await page.fill('#slots', [localTime(5, 9), localTime(5, 13), localTime(6, 16)].map((t) => t.replace('T', ' ')).join('\n'));
  await page.fill('#duration', '45');
  await page.fill('#location-text', 'Seattle office, 5th floor');
  await page.selectOption('#applicant_time_zone', 'Asia/Tokyo');
  await clickAndWait(page, 'button:text-is("Schedule and send invitations")');
  expect((await textOf(page)).includes('The slots are offered'), 'the slots were not offered');

  await page.goto(application);
  await journey.record(page, 'application-with-interviews');
  await page.goto(`${application}/offer`);
  await journey.record(page, 'offer-empty');
  await page.fill('#start_date', localTime(60, 9).slice(0, 10));
  await page.fill('#salary-amount', '95,000');
  await page.selectOption('#currency', 'USD');
  await clickAndWait(page, 'button:text-is("Save as a draft")');
  await journey.record(page, 'offer-draft');
  expect((await textOf(page)).includes('Draft'), 'the offer draft is not shown');

  // The applicant, keyboard only.
  const mail = await waitForMail(process.env.E2E_OUTBOX, { to: EMAIL, pattern: /\/interviews\/[0-9a-f]{64}/ });
  const link = links(mail).find((l) => /\/interviews\/[0-9a-f]{64}$/.test(l));
  expect(link, 'no pick link in the mail');
  const applicant = await journey.open();
  await applicant.goto(new URL(link).pathname);
  await journey.record(applicant, 'interview-pick');
  await chooseOption(applicant, '#tz', 'Europe/Berlin');
  await submitWith(applicant, 'button:text-is("Show")');
  await journey.record(applicant, 'interview-pick-berlin');
  expect((await textOf(applicant)).includes('Europe/Berlin'), 'the times are not shown in the chosen zone');
  const second = await applicant.$eval('input[name=slot]:nth-of-type(1)', (el) => el.value);
  await chooseRadio(applicant, 'slot', second);
  await submitWith(applicant, 'button:text-is("Book this time")');
  await journey.record(applicant, 'interview-booked');
  expect((await textOf(applicant)).includes('Your interview is booked'), 'the slot was not booked');
  journey.note = 'scheduled, scored, slots picked by keyboard, offer drafted';
};
