<?php
// A v1 form's metadata items, iterated by a variable named like the list:
// their fields are the /api/v1/metadata item's.
use Illuminate\Support\Facades\Http;

$forms = Http::get('https://kc.kobotoolbox.org/api/v1/forms?id_string=abc')->json(); // want "KB101 host" "KB210" "KB501"
$form = $forms[0];
foreach ($form['metadata'] as $metadata) { // want "KB412 field metadata"
    if ($metadata['data_type'] === 'media') { // want "KB431 field data_type"
        echo $metadata['data_value']; // want "KB433 field data_value"
    }
}
