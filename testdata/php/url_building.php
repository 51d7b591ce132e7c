<?php
// URLs built from parts: interpolation, sprintf with the host in the
// template, credentials in the URL, implode, str_replace.

define('KC_SERVER', 'kc.humanitarianresponse.info'); // want "KB103"

function data_csv(string $user, string $pass, int $formid): string
{
    // the host after the credentials
    $url = "https://$user:$pass@" . KC_SERVER . "/api/v1/data/$formid.csv"; // want "KB202"
    return file_get_contents($url);
}

function forms_url(): string
{
    $base = 'https://' . KC_SERVER;
    return sprintf('%s/api/v1/%s?format=%s', $base, 'forms', 'json'); // want "KB210"
}

function export_url(int $formid): string
{
    $parts = ['https://kc.kobotoolbox.org', 'api', 'v1', 'exports']; // want "KB101" "KB299"
    return implode('/', $parts) . '?xform=' . $formid;
}

function data_from_forms(string $formsUrl): string
{
    // the forms list URL turned into the data list URL
    return str_replace('/forms', '/data', $formsUrl);
}

function notes(int $id): string
{
    $host = 'https://kc.kobotoolbox.org'; // want "KB101"
    return "{$host}/api/v1/notes?instance={$id}"; // want "KB223"
}

echo data_from_forms('https://kc.kobotoolbox.org/api/v1/forms'); // want "KB201" "KB101"
