// A helper module: it requests whatever URL it is handed, with the
// credentials it is handed before it.
const request = require("request");

exports.connect = function (user, pass, url) {
  return new Promise((resolve, reject) => {
    request.get(url, { auth: { user, pass } }, (err, res, body) => (err ? reject(err) : resolve(JSON.parse(body))));
  });
};
