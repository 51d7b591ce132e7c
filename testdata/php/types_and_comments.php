<?php
// Reads converted on the spot keep their type: an integer id renamed to
// the string uid would break, so those renames are not offered.
// Docs: https://kc.kobotoolbox.org/api/v1/forms lists the forms.

$forms = json_decode(file_get_contents('https://kc.kobotoolbox.org/api/v1/forms'), true); // want "KB101" "KB210" "KB501"
foreach ($forms as $i => $form) {
    $pk = (int) $form['formid']; // want "KB410"
    $count = intval($form['num_of_submissions']); // want "KB424"
    $name = (string) $form['title']; // want "KB403"
    printf("%d %s %d\n", $pk, $name, $count);
}

// kobolint:ignore[KB101,KB210,KB501]
$legacy = json_decode(file_get_contents('https://kc.kobotoolbox.org/api/v1/forms?legacy=1'), true);

# a shell-style comment: https://kc.kobotoolbox.org/api/v1/data is not code
/* kobolint:ignore */
$data = file_get_contents('https://kc.kobotoolbox.org/api/v1/data?format=csv');
