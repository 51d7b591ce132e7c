<?php
// Code that looks like a KoboCAT client and is not: every line is silent.

use Illuminate\Support\Facades\Http;

class OnaForms
{
    private $ona = 'https://api.ona.io/api/v1';

    public function titles(): array
    {
        $forms = json_decode(file_get_contents($this->ona . '/forms'), true);
        $out = [];
        foreach ($forms as $form) {
            $out[$form['formid']] = $form['title'] . ' (' . $form['id_string'] . ')';
        }
        return $out;
    }
}

class CentralProjects
{
    public function forms(int $project): array
    {
        // ODK Central's API is /v1/projects/...
        $base = config('odk.central_url');
        return Http::withToken(config('odk.token'))->get($base . '/v1/projects/' . $project . '/forms')->json();
    }
}

class Weather
{
    public function today(): array
    {
        return Http::get('https://api.weather.example.com/api/v1/data/today')->json();
    }
}

class KoboV2
{
    public function assets(): array
    {
        // already v2: the page's results are read
        $page = Http::withToken(env('KOBO_TOKEN'))->get(config('kobo.endpoint_v2') . '/assets/')->json();
        return $page['results'];
    }
}

function local_forms(): array
{
    // the program's own export, not a response
    $rows = json_decode(file_get_contents(__DIR__ . '/forms.json'), true);
    return array_column($rows, 'title', 'formid');
}
