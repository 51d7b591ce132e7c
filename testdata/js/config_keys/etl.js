// Export job: the server comes from the settings module, read by key.
const conf = require('./settings');

function exportKobo() {
  return request({ uri: conf.survey.server + '/api/v1/data/' + conf['survey']['formId'] }); // want "KB202"
}

function exportCensus() {
  return request({ uri: conf.census.server + '/api/v1/data/' + conf.census.formId });
}
