<?php
// Laravel configuration: config('surveys.kobo.root') reads these values.

return [
    'kobo' => [
        'root' => env('KOBO_ROOT', 'https://kf.kobotoolbox.org'),
        'root_v2' => env('KOBO_ROOT', 'https://kf.kobotoolbox.org') . '/api/v2',
        'legacy' => env('KOBO_LEGACY', 'https://kc.kobotoolbox.org'), // want "KB101"
        'token' => env('KOBO_TOKEN', ''),
    ],
    'odk' => [
        'central' => env('ODK_CENTRAL', 'https://central.example.org'),
    ],
];
