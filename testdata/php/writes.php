<?php
// Writes to list endpoints: an upload to /api/v1/forms is no read of the
// form list, so it never gets the list's rewrite nor its results.

use GuzzleHttp\Client;
use Illuminate\Support\Facades\Http;

const API = 'https://kc.kobotoolbox.org/api/v1'; // want "KB101" "KB200"

function upload_laravel(string $path)
{
    return Http::withToken(getenv('KOBO_TOKEN'))
        ->attach('xls_file', file_get_contents($path), basename($path))
        ->post(API . '/forms') // want "KB210"
        ->json();
}

function upload_guzzle(Client $client, string $path)
{
    $res = $client->request('POST', API . '/forms', ['multipart' => [['name' => 'xls_file', 'contents' => fopen($path, 'r')]]]); // want "KB210"
    return json_decode((string) $res->getBody(), true);
}

function upload_curl(string $path)
{
    $ch = curl_init(API . '/forms'); // want "KB210"
    curl_setopt($ch, CURLOPT_POST, true);
    curl_setopt($ch, CURLOPT_POSTFIELDS, ['xls_file' => new CURLFile($path)]);
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    return json_decode(curl_exec($ch), true);
}

function kobo(string $method, string $path, array $data = [])
{
    $ctx = stream_context_create(['http' => ['method' => $method, 'content' => http_build_query($data)]]);
    return json_decode(file_get_contents(API . $path, false, $ctx), true);
}

$created = kobo('POST', '/forms', ['text_xls_form' => 'survey']); // want "KB210"
echo $created['formid'], "\n"; // want "KB410"
$forms = kobo('GET', '/forms'); // want "KB501" "KB210"
echo count($forms), " forms\n";
