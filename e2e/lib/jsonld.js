// The schema.org JobPosting of a job page, checked against what Google's job search
// requires: title, description, datePosted, hiringOrganization.name, a jobLocation with
// an address (or a TELECOMMUTE job with applicantLocationRequirements), a validThrough
// after datePosted when given, and employmentType values from Google's list.
'use strict';

const EMPLOYMENT_TYPES = ['FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN', 'VOLUNTEER', 'PER_DIEM', 'OTHER'];

function extractJsonLd(html) {
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  return blocks.map((m) => JSON.parse(m[1]));
}

const text = (v) => typeof v === 'string' && v.trim().length > 0;
const isDate = (v) => text(v) && /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(v) && !Number.isNaN(Date.parse(v));
const list = (v) => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

function checkJobPosting(p) {
  const problems = [];
  if (p['@type'] !== 'JobPosting') problems.push(`@type is ${JSON.stringify(p['@type'])}, not JobPosting`);
  if (!text(p['@context']) || !p['@context'].includes('schema.org')) problems.push('@context is not schema.org');
  if (!text(p.title)) problems.push('title missing');
  if (!text(p.description)) problems.push('description missing');
  if (!isDate(p.datePosted)) problems.push(`datePosted missing or not a date: ${JSON.stringify(p.datePosted)}`);
  if (!p.hiringOrganization || !text(p.hiringOrganization.name)) problems.push('hiringOrganization.name missing');
  const places = list(p.jobLocation);
  const addressed = places.length > 0 && places.every((l) => l && l.address && (text(l.address) || text(l.address.addressCountry)));
  const remote = p.jobLocationType === 'TELECOMMUTE';
  if (places.length > 0 && !addressed) problems.push('jobLocation without an address (addressCountry)');
  if (!addressed && !remote) problems.push('neither jobLocation with an address nor jobLocationType TELECOMMUTE');
  if (remote && !places.length && list(p.applicantLocationRequirements).length === 0) {
    problems.push('TELECOMMUTE job without jobLocation needs applicantLocationRequirements');
  }
  for (const r of list(p.applicantLocationRequirements)) {
    if (!r || !text(r.name) || !['Country', 'State', 'AdministrativeArea'].includes(r['@type'])) {
      problems.push(`applicantLocationRequirements entry is not a named Country/State: ${JSON.stringify(r)}`);
    }
  }
  if (p.validThrough !== undefined) {
    if (!isDate(p.validThrough)) problems.push(`validThrough is not a date: ${JSON.stringify(p.validThrough)}`);
    else if (isDate(p.datePosted) && Date.parse(p.validThrough) <= Date.parse(p.datePosted)) {
      problems.push(`validThrough ${p.validThrough} is not after datePosted ${p.datePosted}`);
    }
  }
  for (const t of list(p.employmentType)) {
    if (!EMPLOYMENT_TYPES.includes(t)) problems.push(`employmentType ${JSON.stringify(t)} is not one of ${EMPLOYMENT_TYPES.join(', ')}`);
  }
  if (p.baseSalary) {
    const v = p.baseSalary.value || {};
    if (!text(p.baseSalary.currency)) problems.push('baseSalary.currency missing');
    if (v.value === undefined && v.minValue === undefined) problems.push('baseSalary.value has no value or minValue');
    if (v.unitText && !['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR'].includes(v.unitText)) problems.push(`baseSalary unitText ${v.unitText}`);
  }
  return problems;
}

// Problems of a job page's HTML: exactly one JobPosting, and its fields.
function checkJobPage(html) {
  let blocks;
  try {
    blocks = extractJsonLd(html);
  } catch (e) {
    return [`JSON-LD does not parse: ${e.message}`];
  }
  const postings = blocks.filter((b) => b['@type'] === 'JobPosting');
  if (postings.length !== 1) return [`expected one JobPosting, found ${postings.length}`];
  return checkJobPosting(postings[0]);
}

module.exports = { checkJobPage, checkJobPosting, extractJsonLd };
