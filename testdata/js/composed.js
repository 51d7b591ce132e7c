// A base URL joined with a form id only where it is used: the detail
// endpoint is reported at the id, once per place it is joined.
const FORMS = "https://kc.kobotoolbox.org/api/v1/forms/"; // want "KB101 host" "KB210"

async function one(id) {
  const r = await fetch(FORMS + id); // want "KB211"
  const url = FORMS + String(id + 1); // want "KB211"
  await fetch(url);
  return r.json();
}
