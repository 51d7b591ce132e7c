// Values read from local files are the program's own data, even where
// their names look like Kobo fields; a response read the same way is not.
// In a file that talks to Kobo, names only a v1 answer carries are
// reported (the file may be a v1 export) but never renamed.
const fs = require('fs');
const saved = require('./export/forms.json');

function fromDisk() {
  const forms = JSON.parse(fs.readFileSync('./export/forms.json', 'utf8'));
  return forms.map((f) => [f.formid, f.num_of_submissions, saved[0].id_string]); // want "KB410 field formid" "KB424 field num_of_submissions"
}

async function fromKobo(token) {
  const res = await fetch('https://kf.kobotoolbox.org/api/v1/forms', { headers: { Authorization: `Token ${token}` } }); // want "KB210"
  const forms = await res.json(); // want "KB501"
  return forms.map((f) => [f.formid, f.num_of_submissions]); // want "KB410 field formid" "KB424 field num_of_submissions"
}
