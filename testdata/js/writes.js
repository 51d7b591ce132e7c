// Uploads and edits go to the same v1 paths as the list, but a write's
// answer is the object written, and v2 uploads go through /imports/: no
// list rewrite for a write, and a list URL that a write shares is not
// rewritten either.
const KF = 'https://kf.kobotoolbox.org';
const FORMS = KF + '/api/v1/forms'; // want "KB210"

async function upload(file) {
  const body = new FormData();
  body.append('xls_file', file);
  return fetch(FORMS, { method: 'POST', body });
}

async function listShared() {
  const res = await fetch(FORMS);
  return (await res.json()).map((f) => f.id_string); // want "KB501" "KB401 field id_string"
}

function uploadFromSheet(blob) {
  return UrlFetchApp.fetch(KF + '/api/v1/forms', { method: 'post', payload: { xls_file: blob } }); // want "KB210"
}

async function rename(uid, name) {
  return axios.patch(`${KF}/api/v2/assets/${uid}/`, { name });
}

async function list() {
  const res = await fetch(KF + '/api/v1/forms'); // want "KB210"
  const forms = (await res.json()); // want "KB501"
  return forms.map((f) => f.title); // want "KB403 field title"
}
