// Form summary page of the monitoring dashboard (browser code).
const KOBO_URL = 'https://kc.kobotoolbox.org'; // want "KB101 host"
const KF_URL = 'https://kf.kobotoolbox.org';
const ONA = 'https://api.ona.io/api/v1/data';

async function listForms(token) {
  const res = await fetch(`${KOBO_URL}/api/v1/forms`, { // want "KB210 endpoint"
    headers: { Authorization: `Token ${token}` },
  });
  const forms = await res.json();  // want "KB501 shape"
  return forms.map((f) => ({ name: f.title, count: f.num_of_submissions })); // want "KB403 field title" "KB424 field num_of_submissions"
}

function formDetails(formid, token) {
  return fetch(KOBO_URL + '/api/v1/forms/' + formid, { headers: { Authorization: 'Token ' + token } }) // want "KB211 endpoint"
    .then((r) => r.json())
    .then((form) => {
      const { id_string, description } = form; // want "KB401 field id_string" "KB404 field description"
      return { uid: id_string, about: description, owner: form?.owner }; // want "KB411 field owner"
    });
}

async function assetData(uid, token) {
  // already v2: nothing to report here
  const res = await fetch(`${KF_URL}/api/v2/assets/${uid}/data/?format=json`, {
    headers: { Authorization: `Token ${token}` },
  });
  const page = await res.json();
  return page.results.map((s) => s._id);
}

async function onaForms() {
  // Ona has the same /api/v1 paths: not Kobo
  const res = await fetch(ONA);
  const rows = await res.json();
  return rows.map((r) => r.title);
}

function renderTitle(form) {
  document.title = 'Forms';
  const heading = { title: 'Dashboard' };
  return heading.title + ' ' + form.name;
}

module.exports = { listForms, formDetails, assetData, onaForms, renderTitle };
