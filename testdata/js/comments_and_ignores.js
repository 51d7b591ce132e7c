// Notes from the migration, kept for reference:
//   old: https://kc.kobotoolbox.org/api/v1/data/{formid}?format=json
//   was: form['title'], form.num_of_submissions
/* The v1 list lived at /api/v1/forms and returned id_string. */

const KPI = 'https://kf.kobotoolbox.org';

async function assets(token) {
  const res = await fetch(`${KPI}/api/v2/assets/?format=json`, { headers: { Authorization: `Token ${token}` } });
  const page = await res.json();
  return page.results.map((a) => ({ uid: a.uid, name: a.name, count: a.deployment__submission_count }));
}

// The Collect server URL is still documented with the kc host; kept on purpose.
const legacy = 'https://kc.kobotoolbox.org/api/v1/forms'; // kobolint:ignore

module.exports = { assets, legacy };
