// Apps Script keeps its settings in the script's property store: a value
// read back under the key it was written with is that value; a URL read
// from the store is unknown, and what .replace() puts into it is known.
function setup() {
  PropertiesService.getScriptProperties().setProperty('KOBO_SERVER', 'https://kc.humanitarianresponse.info'); // want "KB103 host"
}

function listForms() {
  var props = PropertiesService.getScriptProperties();
  var server = props.getProperty('KOBO_SERVER');
  var res = UrlFetchApp.fetch(server + '/api/v1/forms', { headers: { Authorization: 'Token ' + props.getProperty('TOKEN') } }); // want "KB210"
  var forms = JSON.parse(res.getContentText()); // want "KB501"
  ScriptProperties.setProperty('formURL', forms[0].url); // want "KB406 field url"
}

function onaForms() {
  PropertiesService.getScriptProperties().setProperty('ONA_SERVER', 'https://api.ona.io');
  var ona = PropertiesService.getScriptProperties().getProperty('ONA_SERVER');
  return UrlFetchApp.fetch(ona + '/api/v1/forms').getContentText();
}

function importData() {
  // the stored v1 form URL, turned into its data URL
  var url = ScriptProperties.getProperty('formURL');
  return JSON.parse(UrlFetchApp.fetch(url.replace('/forms/', '/data/')).getContentText());
}
