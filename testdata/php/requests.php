<?php
// Requests of every client PHP code uses, each reading a v1 list.

use GuzzleHttp\Client;
use Illuminate\Support\Facades\Http;

const KOBO = 'https://kc.kobotoolbox.org'; // want "KB101"

function guzzle_forms(): array
{
    $client = new Client();
    $response = $client->request('GET', KOBO . '/api/v1/forms'); // want "KB210"
    $forms = json_decode($response->getBody()->getContents(), true); // want "KB501"
    foreach ($forms as $form) {
        echo $form['title'], "\n"; // want "KB403"
    }
    return $forms;
}

function laravel_data(string $token): int
{
    $projects = Http::withToken($token)->acceptJson()->get(KOBO . '/api/v1/data')->json(); // want "KB501" "KB201"
    return count($projects);
}

function plain_php_forms(): string
{
    $forms = json_decode(file_get_contents(KOBO . '/api/v1/forms')); // want "KB501" "KB210"
    return $forms[0]->id_string; // want "KB401"
}

function curl_forms(string $token)
{
    $ch = curl_init();
    curl_setopt($ch, CURLOPT_URL, KOBO . '/api/v1/forms'); // want "KB210"
    curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: Token ' . $token]);
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    $body = curl_exec($ch);
    curl_close($ch);
    return json_decode($body, true); // want "KB501"
}

function status()
{
    // not Kobo: silent
    return Http::get('https://status.example.org/api/v1/health')->json();
}
