<?php
// A helper that fetches and decodes: the list is decoded where the helper
// is called, through a default argument too.

const KC = 'https://kc.kobotoolbox.org'; // want "KB101"

function fetch_json(string $url = KC . '/api/v1/forms'): array // want "KB210"
{
    $ctx = stream_context_create(['http' => ['header' => 'Authorization: Token ' . getenv('KOBO_TOKEN')]]);
    return json_decode(file_get_contents($url, false, $ctx), true);
}

foreach (fetch_json() as $form) { // want "KB501"
    echo $form['title'], "\n"; // want "KB403"
}

$projects = fetch_json(KC . '/api/v1/data'); // want "KB201" "KB501"
echo count($projects), " projects\n";

$me = fetch_json(KC . '/api/v1/user'); // want "KB230"
echo $me['username'], "\n";
