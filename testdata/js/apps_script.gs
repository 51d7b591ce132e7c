/**
 * Sheets add-on: list the projects of the office account.
 */
var HOST = 'https://kc.humanitarianresponse.info'; // want "KB103 host"
var API_ROOT = HOST + '/api/v1/'; // want "KB200 endpoint"

function fetchJson_(path) {
  var resp = UrlFetchApp.fetch(API_ROOT + path, {
    headers: { Authorization: 'Token ' + PropertiesService.getScriptProperties().getProperty('TOKEN') },
    muteHttpExceptions: true
  });
  return JSON.parse(resp.getContentText());
}

function listProjects() {
  var projects = fetchJson_('data'); // want "KB201 endpoint" "KB501"
  var sheet = SpreadsheetApp.getActiveSheet();
  sheet.appendRow(['Title', 'Description', 'URL']);
  for (var i = 0; i < projects.length; i++) {
    sheet.appendRow([projects[i].title, projects[i]['description'], projects[i].url]); // want "KB403 field title" "KB404 field description" "KB405 field url"
  }
}

function submissions(formid) {
  var rows = fetchJson_('data/' + formid); // want "KB202 endpoint" "KB501"
  return rows.map(function (r) { return [r._id, r._submission_time]; });
}

function showSidebar() {
  var html = HtmlService.createHtmlOutput('<p>Sync</p>').setTitle('Kobo sync');
  SpreadsheetApp.getUi().showSidebar(html);
}
