// A report that imports the client: what listForms() resolves to are the
// rows of the v1 form list, and apiBase() is the v1 base.
import { listForms, apiBase } from "./client.js";
import * as client from "./client.js";

const forms = await listForms();
for (const f of forms) {
  console.log(f.title, f.num_of_submissions); // want "KB403 field title" "KB424 field num_of_submissions"
}
const again = await client.listForms();
console.log(again[0].id_string); // want "KB401 field id_string"
const res = await fetch(apiBase() + "data/" + again[0].formid); // want "KB202" "KB410 field formid"
