// A client module: the API base, and the form list it fetches.
const axios = require("axios");

const BASE = "https://kc.kobotoolbox.org/api/v1"; // want "KB101 host" "KB200"

function apiBase() {
  return BASE + "/";
}

async function listForms() {
  const res = await axios.get(`${BASE}/forms`); // want "KB210"
  return res.data; // want "KB501"
}

module.exports = { listForms, apiBase };
