<?php
// A client class: the base URL is set in the constructor, requests go
// through one wrapper method, callers pass relative paths.

namespace App\Services;

use GuzzleHttp\Client;

class SurveyClient
{
    private $root;
    private $http;

    public function __construct()
    {
        $this->root = 'https://kc.kobotoolbox.org/api/v1/'; // want "KB101" "KB200"
        $this->http = new Client(['base_uri' => $this->root, 'timeout' => 30]);
    }

    private function call(string $method, string $path, array $options = [])
    {
        $response = $this->http->request($method, $path, $options);
        return json_decode((string) $response->getBody(), true);
    }

    public function forms(): array
    {
        $names = [];
        foreach ($this->call('GET', 'forms') as $form) { // want "KB501" "KB210"
            $names[$form['id_string']] = $form['title']; // want "KB401" "KB403"
        }
        return $names;
    }

    public function submissionCount(int $formid): int
    {
        $form = $this->call('GET', "forms/{$formid}"); // want "KB211"
        return $form['num_of_submissions']; // want "KB424"
    }

    public function upload(string $xls): array
    {
        // a write: its answer is the new form, not the list
        return $this->call('POST', 'forms', ['multipart' => [['name' => 'xls_file', 'contents' => $xls]]]); // want "KB210"
    }
}
