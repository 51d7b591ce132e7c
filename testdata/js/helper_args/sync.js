// The URL goes to the helper as its third argument, after strings that
// are not paths (a user name): each argument is judged on its own.
const kobo = require("./connect");

const server = "kc.humanitarianresponse.info"; // want "KB103"
const forms = "https://" + server + "/api/v1/data"; // want "KB201"
const ona = "https://api.ona.io/api/v1/data";

async function sync(user, pass, onaForm) {
  const list = await kobo.connect(user, "secret", forms);
  for (const f of list) {
    const rows = await kobo.connect("reader", pass, forms + "/" + f.id); // want "KB202" "KB402"
    console.log(rows.length);
  }
  // Ona's own API through the same helper: silent
  const other = await kobo.connect("reader", pass, ona + "/" + onaForm);
  return other;
}

module.exports = { sync };
