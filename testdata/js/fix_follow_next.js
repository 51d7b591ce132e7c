// A v1 list fetched, decoded and declared in one statement: the unsafe fix
// turns it into a loop that follows next, so that the name holds every
// item. axios' params are left out of the requests of next (it carries
// the query); the page's name does not take one the file uses. Elsewhere
// the first page's results are read.
const axios = require("axios");

const KPI = "https://kf.kobotoolbox.org";
const opts = { headers: { Authorization: `Token ${process.env.KOBO_TOKEN}` } };

async function listProjects() {
  const projects = await (await fetch(`${KPI}/api/v1/data`, opts)).json(); // want "KB201" "KB501"
  for (const p of projects) console.log(p.title); // want "KB403"
  let formsPage = 1; // the program's own name
  const forms = (await axios.get(`${KPI}/api/v1/data`, { headers: opts.headers, params: { format: "json" } })).data; // want "KB201" "KB501"
  const { data: subs, status } = await axios.get(`${KPI}/api/v1/data`, opts); // want "KB201" "KB501"
  console.log(status, subs.length);
  return [forms.map((f) => f.id_string), formsPage]; // want "KB401"
}

// not one statement that declares the decoded list: the first page is read
async function printAll() {
  for (const f of (await axios.get(`${KPI}/api/v1/data`, opts)).data) { // want "KB201" "KB501"
    console.log(f.title); // want "KB403"
  }
}

listProjects().then(printAll);

// the request in a statement of its own before the decode: the loop
// repeats it for each next page
async function twoStatements(token) {
  const res = await fetch(`${KPI}/api/v1/data`, { headers: { Authorization: token } }); // want "KB201"
  if (!res.ok) throw new Error(res.statusText);
  const rows = await res.json(); // want "KB501"
  return rows.map((r) => r.title); // want "KB403"
}

async function twoStatementsAxios() {
  const resp = await axios.get(`${KPI}/api/v1/data`, { headers: opts.headers, params: { format: "json" } }); // want "KB201"
  const rows = resp.data; // want "KB501"
  return rows.length;
}

// the options change between the request and the decode: the first page is read
async function optionsChange(token) {
  let headers = { Authorization: token };
  const res = await fetch(`${KPI}/api/v1/data`, { headers }); // want "KB201"
  headers = {};
  const rows = await res.json(); // want "KB501"
  return [rows.length, headers];
}
