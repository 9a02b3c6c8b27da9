// Reads the portal's outbox folder (.eml files, one per message) and finds links in them.
'use strict';
const fs = require('fs');
const path = require('path');

function decodeBody(headers, body) {
  const encoding = (headers['content-transfer-encoding'] || '').toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

function parseEml(file) {
  const raw = fs.readFileSync(file, 'utf8');
  const split = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ');
  const headers = {};
  for (const line of head.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const body = decodeBody(headers, raw.slice(split).replace(/^\r?\n\r?\n/, ''));
  return { file, to: headers.to || '', subject: headers.subject || '', headers, body };
}

// Waits for a message to `to` whose body matches `pattern`, not among `seen` files.
async function waitForMail(dir, { to, pattern, seen = new Set(), timeoutMs = 45000 }) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.eml')).sort() : [];
    for (const name of files.reverse()) {
      const file = path.join(dir, name);
      if (seen.has(file)) continue;
      const mail = parseEml(file);
      if (mail.to.toLowerCase().includes(to.toLowerCase()) && pattern.test(`${mail.subject}\n${mail.body}`)) {
        seen.add(file);
        return mail;
      }
    }
    if (Date.now() > deadline) throw new Error(`no mail to ${to} matching ${pattern} in ${dir} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

const links = (mail) => mail.body.match(/https?:\/\/[^\s<>"]+/g) || [];

module.exports = { waitForMail, links, parseEml };
