// Sheets sync: a helper fetches any URL and returns the parsed JSON. The
// decode is reported where the helper is called, with that call's URL: a
// list read there gets the page's results, the helper itself stays.
var KOBO = 'https://kc.kobotoolbox.org'; // want "KB101 host"
var ONA = 'https://api.ona.io';

function getkobocatData(url) {
  var text = UrlFetchApp.fetch(url, { headers: { Authorization: 'Token ' + token_() } }).getContentText();
  return JSON.parse(text);
}

function listForms() {
  var forms = getkobocatData(KOBO + '/api/v1/forms'); // want "KB501" "KB210"
  for (var i = 0; i < forms.length; i++) {
    Logger.log(forms[i].title); // want "KB403 field title"
  }
}

function onaForms() {
  // the same helper on Ona: not Kobo
  var forms = getkobocatData(ONA + '/api/v1/forms');
  return forms.map(function (f) { return f.title; });
}

function token_() {
  return PropertiesService.getScriptProperties().getProperty('TOKEN');
}
