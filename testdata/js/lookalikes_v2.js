// Clients that look like v1 but are not: a templated API version that is
// v2 by default, ODK Central's /v1/, Ona's /api/v1/, other /api/v1
// services, and ky/got clients of them.
const ky = require('ky');
const got = require('got');

function assetsUrl(host, uid, apiVersion = 'v2') {
  return `${host}/api/${apiVersion}/assets/${uid}/data/`;
}

async function central(projectId, token) {
  const api = ky.create({ prefixUrl: 'https://central.example.org/v1' });
  return api.get(`projects/${projectId}/forms`, { headers: { Authorization: `Bearer ${token}` } }).json();
}

async function ona(token) {
  const client = got.extend({ prefixUrl: 'https://api.ona.io/api/v1' });
  const forms = await client.get('forms').json();
  return forms.map((f) => f.title);
}

async function status() {
  const res = await fetch('https://status.example.org/api/v1/forms');
  const body = await res.json();
  return body.length;
}

async function koboV2(token) {
  const kobo = ky.create({ prefixUrl: 'https://kf.kobotoolbox.org/api/v2' });
  const page = await kobo.get('assets/', { searchParams: { q: 'asset_type:survey' } }).json();
  return page.results.map((a) => a.name);
}

module.exports = { assetsUrl, central, ona, status, koboV2 };
