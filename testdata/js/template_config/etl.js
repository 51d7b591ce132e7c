const config = require('./config');

function submissions(id) {
  return fetch(config.server + '/api/v1/data/' + id); // want "KB202"
}
