// A real OpenID provider for the API tests: oidc-provider (OpenID certified), with its
// sign-in screens replaced by one that signs in the account named by `login_hint`, so a
// test can walk the authorization code flow with plain HTTP (OIDC_DEFAULT_LOGIN names
// the account when there is no hint, as for a browser that clicks the portal's button).
//
//   node provider.mjs <redirect_uri> <post_logout_redirect_uri>
//
// Prints `listening <port>` once it serves on a free port of 127.0.0.1. Accounts come
// from the OIDC_ACCOUNTS environment variable (JSON: id -> { email, email_verified,
// name, groups }); an id not listed is an account whose verified email is the id.
//
// A provider never issues a bad token on purpose, so the hostile cases the tests need
// are made here, after the provider: POST /_test/tamper?mode=<mode> changes the ID token
// of later token responses (wrong_aud, wrong_issuer, expired, wrong_nonce, alg_none,
// unknown_key: signed by a key the JWKS does not hold; hmac: HS256 keyed with the
// client secret; rotated: signed by a new key that
// the JWKS serves from then on, as a provider rotating its keys). mode=off stops it.
import http from 'node:http';
import Provider from 'oidc-provider';
import * as jose from 'jose';

const [redirectUri, postLogoutUri] = process.argv.slice(2);
if (!redirectUri || !postLogoutUri) {
  console.error('usage: node provider.mjs <redirect_uri> <post_logout_redirect_uri>');
  process.exit(2);
}
const accounts = JSON.parse(process.env.OIDC_ACCOUNTS || '{}');

async function key(kid) {
  const { privateKey } = await jose.generateKeyPair('RS256', { extractable: true });
  const jwk = await jose.exportJWK(privateKey);
  return { jwk: { ...jwk, kid, alg: 'RS256', use: 'sig' }, privateKey };
}
const [current, rotated, stranger] = await Promise.all([key('k1'), key('k2'), key('stranger')]);
const publicOf = ({ d, p, q, dp, dq, qi, ...pub }) => pub;

let mode = 'off';

const server = http.createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();
const issuer = `http://127.0.0.1:${port}`;

const provider = new Provider(issuer, {
  clients: [{
    client_id: 'careers',
    client_secret: 'careers-test-secret',
    redirect_uris: [redirectUri],
    post_logout_redirect_uris: [postLogoutUri],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
  }],
  jwks: { keys: [current.jwk] },
  cookies: { keys: ['careers-test-cookie-key'] },
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name'],
    groups: ['groups'],
  },
  scopes: ['openid', 'email', 'profile', 'groups'],
  // The claims of the requested scopes go into the ID token, as most providers do.
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true } },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  async findAccount(ctx, id) {
    const account = accounts[id] || {};
    return {
      accountId: id,
      async claims() {
        const claims = {
          sub: id,
          email_verified: account.email_verified ?? true,
          name: account.name ?? id.split('@')[0],
          groups: account.groups ?? [],
        };
        // `email: null` in OIDC_ACCOUNTS: an account whose provider gives no email.
        const email = 'email' in account ? account.email : id;
        if (email !== null) claims.email = email;
        return claims;
      },
    };
  },
});

// Signs in the account the authorization request named, then grants what it asked.
async function interaction(req, res) {
  const details = await provider.interactionDetails(req, res);
  if (details.prompt.name === 'login') {
    const accountId = details.params.login_hint || process.env.OIDC_DEFAULT_LOGIN;
    if (!accountId) {
      res.statusCode = 400;
      res.end('this test provider signs in the account named by login_hint (or OIDC_DEFAULT_LOGIN)');
      return;
    }
    await provider.interactionFinished(req, res, { login: { accountId } }, { mergeWithLastSubmission: false });
    return;
  }
  const grant = new provider.Grant({ accountId: details.session.accountId, clientId: details.params.client_id });
  grant.addOIDCScope(details.params.scope);
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
}

const b64 = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');

async function tampered(idToken) {
  const [header, payload] = idToken.split('.').slice(0, 2).map((part) => JSON.parse(Buffer.from(part, 'base64url')));
  const now = Math.floor(Date.now() / 1000);
  const sign = (claims, { jwk, privateKey }) =>
    new jose.SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: jwk.kid }).sign(privateKey);
  switch (mode) {
    case 'wrong_aud': return sign({ ...payload, aud: 'someone-else' }, current);
    case 'wrong_issuer': return sign({ ...payload, iss: 'http://issuer.invalid' }, current);
    case 'expired': return sign({ ...payload, iat: now - 7200, exp: now - 3600 }, current);
    case 'wrong_nonce': return sign({ ...payload, nonce: 'not-the-nonce-we-sent' }, current);
    case 'hmac': return new jose.SignJWT(payload).setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode('careers-test-secret'));
    case 'alg_none': return `${b64({ ...header, alg: 'none', kid: undefined })}.${b64(payload)}.`;
    case 'unknown_key': return sign(payload, stranger);
    case 'rotated': return sign(payload, rotated);
    default: return idToken;
  }
}

// Buffers what the provider answers, so the answer can be changed before it is sent.
function rewrite(res, change) {
  const chunks = [];
  const end = res.end.bind(res);
  res.write = (chunk) => { chunks.push(Buffer.from(chunk)); return true; };
  res.end = (chunk) => {
    if (chunk && typeof chunk !== 'function') chunks.push(Buffer.from(chunk));
    change(Buffer.concat(chunks).toString('utf8')).then((body) => {
      res.setHeader('content-length', Buffer.byteLength(body));
      end(body);
    }, (error) => { console.error(error); res.destroy(error); });
    return res;
  };
}

const handle = provider.callback();
server.on('request', async (req, res) => {
  const url = new URL(req.url, issuer);
  try {
    if (url.pathname === '/_test/tamper' && req.method === 'POST') {
      mode = url.searchParams.get('mode') || 'off';
      res.end(mode);
      return;
    }
    if (url.pathname.startsWith('/interaction/')) {
      await interaction(req, res);
      return;
    }
    if (url.pathname === '/token' && mode !== 'off') {
      rewrite(res, async (body) => {
        const answer = JSON.parse(body);
        if (answer.id_token) answer.id_token = await tampered(answer.id_token);
        return JSON.stringify(answer);
      });
    }
    if (url.pathname === '/jwks' && mode === 'rotated') {
      rewrite(res, async (body) => {
        const jwks = JSON.parse(body);
        jwks.keys.push(publicOf(rotated.jwk));
        return JSON.stringify(jwks);
      });
    }
    handle(req, res);
  } catch (error) {
    console.error(error);
    res.statusCode = 500;
    res.end(String(error));
  }
});

console.log(`listening ${port}`);
