<?php
// A report: the answers come from functions of lib/.

require_once __DIR__ . '/../lib/KoboApi.php';

foreach (KoboApi::forms() as $form) {
    echo $form['title'], ': ', $form['num_of_submissions'], "\n"; // want "KB403" "KB424"
}

$projects = kobo_projects(getenv('KOBO_TOKEN'));
printf("%d projects\n", count($projects));
echo $projects[0]['id_string'], "\n"; // want "KB401"

// Ona's forms: silent
foreach (KoboApi::onaForms() as $form) {
    echo $form['title'], ' ', $form['formid'], "\n";
}

// the data list, from the shared base
$data = json_decode(file_get_contents(KOBO_BASE . '/api/v1/data?format=json'), true); // want "KB201" "KB501"
