// Journey 8: a hiring manager signs in with the company's OpenID provider (a real one,
// tests/support/oidc, which signs in E2E_SSO_EMAIL) from the keyboard, then signs out
// of the portal and, on the provider's own page, of the provider.
'use strict';
const { expect, tabTo, textOf } = require('../lib/harness');

module.exports = async function singleSignOn(journey) {
  const page = await journey.open();
  await page.goto('/staff/login');
  await journey.record(page, 'login');
  const button = 'a[href^="/staff/login/sso"]';
  expect((await page.innerText(button)).trim() === 'Sign in with Panopto Okta', 'no single sign-on button');
  await tabTo(page, button);
  await Promise.all([page.waitForURL((url) => url.pathname === '/staff'), page.keyboard.press('Enter')]);
  await journey.record(page, 'dashboard');
  expect((await page.innerText('header')).includes('Sign out'), 'not signed in after the provider');

  // Sign-out goes on to the provider's end-session page (not ours: not recorded), which
  // asks before it signs out and sends the browser back to the sign-in page.
  await Promise.all([
    page.waitForURL((url) => url.href.startsWith(process.env.E2E_OIDC_ISSUER)),
    page.click('form[action="/staff/logout"] button'),
  ]);
  await Promise.all([
    page.waitForURL((url) => url.pathname === '/staff/login'),
    page.click('button[name="logout"][value="yes"], button[type="submit"]'),
  ]);
  await journey.record(page, 'signed-out');
  expect((await textOf(page)).includes('You are signed out.'), 'no sign-out message back at the portal');
  await page.goto('/staff');
  expect(new URL(page.url()).pathname === '/staff/login', 'the portal session outlived the sign-out');
  journey.note = 'in and out through the provider';
};
