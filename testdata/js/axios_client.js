// Nightly sync job: copies the form list into the reporting database.
const axios = require('axios');
const db = require('./db');

const kobo = axios.create({
  baseURL: process.env.KOBO_API ?? 'https://kc-eu.kobotoolbox.org/api/v1', // want "KB102 host" "KB200 endpoint"
  headers: { Authorization: `Token ${process.env.KOBO_TOKEN}` },
});

const alerts = axios.create({ baseURL: 'https://alerts.example.org/api/v1' });

async function syncForms() {
  const res = await kobo.get('/forms'); // want "KB210 endpoint"
  for (const form of res.data) { // want "KB501"
    await db.upsert('forms', {
      id: form.formid, // want "KB410 field formid"
      name: form['title'], // want "KB403 field title"
      submissions: form?.num_of_submissions, // want "KB424 field num_of_submissions"
      tags: (form.tags || []).join(','), // want "KB413 field tags"
    });
  }
  await alerts.post('/events', { title: 'forms synced' });
}

async function syncData(formid) {
  const { data } = await kobo.get(`/data/${formid}`); // want "KB202 endpoint"
  data.forEach(function (sub) {
    db.insert('submissions', { id: sub._id, form: sub._xform_id_string, at: sub._submission_time });
  });
}

async function notify() {
  const res = await alerts.get('/status');
  return res.data.title;
}

module.exports = { syncForms, syncData, notify };
