// Journey 9: a recruiter adds a passkey at /staff/security with Chromium's virtual
// authenticator (CTAP2, user verification), keeps the recovery codes, signs out, and
// signs in again with the password and the passkey. On the third server e2e/run starts
// at http://localhost (WebAuthn's relying party is a domain, never an IP address).
'use strict';
const { expect, clickAndWait, textOf } = require('../lib/harness');

module.exports = async function passkeys(journey) {
  const base = process.env.E2E_PASSKEY_URL;
  expect(base, 'E2E_PASSKEY_URL is not set (e2e/run starts the passkey server)');
  const page = await journey.open({ baseURL: base });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'usb', hasResidentKey: true, hasUserVerification: true, isUserVerified: true },
  });

  const signInWithPassword = async () => {
    await page.goto('/staff/login');
    await page.fill('#email', process.env.E2E_PASSKEY_EMAIL);
    await page.fill('#password', process.env.E2E_PASSWORD);
    await clickAndWait(page, 'form[action="/staff/login"] button[type=submit]');
  };
  await signInWithPassword();
  expect(new URL(page.url()).pathname === '/staff', `not signed in: at ${page.url()}`);

  await page.goto('/staff/security');
  await journey.record(page, 'security');
  await page.fill('#passkey-name', 'Virtual key');
  await clickAndWait(page, 'form[action="/staff/security/passkeys/start"] button[type=submit]');
  await journey.record(page, 'add-passkey');
  await clickAndWait(page, 'form[data-passkey] button[type=submit]');
  await journey.record(page, 'recovery-codes');
  const codes = await page.$$eval('.recovery-codes code', (all) => all.map((c) => c.textContent));
  expect(codes.length === 10, `${codes.length} recovery codes shown after the first passkey`);
  const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
  expect(credentials.length === 1, `the authenticator holds ${credentials.length} credentials`);

  await clickAndWait(page, 'main a.button-primary');
  await clickAndWait(page, 'form[action="/staff/logout"] button');
  await signInWithPassword();
  expect(new URL(page.url()).pathname === '/staff/login/second-factor', `no second step: at ${page.url()}`);
  await journey.record(page, 'second-factor');
  await clickAndWait(page, 'form[data-passkey] button[type=submit]');
  expect(new URL(page.url()).pathname === '/staff', `the passkey did not sign in: at ${page.url()}`);
  const after = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
  expect(after.credentials[0].signCount >= 1, 'the passkey was not used');

  await page.goto('/staff/security');
  await journey.record(page, 'security-with-passkey');
  const text = await textOf(page);
  expect(text.includes('Virtual key') && !text.includes('Not yet'), 'the passkey is not listed as used');
  journey.note = 'added with the virtual authenticator, then signed in with it';
};
