<?php
// The requests, in one class; other files read their answers.

require_once __DIR__ . '/settings.php';

class KoboApi
{
    public static function forms(): array
    {
        return json_decode(file_get_contents(KOBO_BASE . '/api/v1/forms'), true); // want "KB210" "KB501"
    }

    public static function onaForms(): array
    {
        return json_decode(file_get_contents(OnaSettings::BASE . '/forms'), true);
    }
}

function kobo_projects(string $token): array
{
    $ctx = stream_context_create(['http' => ['header' => 'Authorization: Token ' . $token]]);
    return json_decode(file_get_contents(KOBO_BASE . '/api/v1/data', false, $ctx), true); // want "KB201" "KB501"
}
