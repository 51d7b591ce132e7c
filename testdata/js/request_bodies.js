// Keys of a body sent to a v1 endpoint are v1 names; sent to v2, they are
// v2 names and stay silent.
const axios = require("axios");
const KC = "https://kc.kobotoolbox.org"; // want "KB101 host"
axios.post(`${KC}/api/v1/forms/5/share`, { formid: 5, username: "bob" }); // want "KB215" "KB410 field formid"
const payload = JSON.stringify({ "id_string": "aBc", title: "x" }); // want "KB401 field id_string"
UrlFetchApp.fetch(KC + "/api/v1/projects/3/forms", { method: "post", payload: payload }); // want "KB237"
fetch("https://kf.kobotoolbox.org/api/v2/assets/", { method: "POST", body: JSON.stringify({ name: "n", title: "t" }) });
