<?php
// A Laravel controller of a survey dashboard: a property holding the host,
// Laravel's Http client, interpolation and concatenation.
namespace App\Http\Controllers;

use Illuminate\Support\Facades\Http;

class EnqueteController extends Controller
{
    private $kobo = 'https://kc.kobotoolbox.org'; // want "KB101 host"

    public function submissions($formid)
    {
        $res = Http::withToken(env('KOBO_TOKEN'))->get("{$this->kobo}/api/v1/data/{$formid}?format=json"); // want "KB202"
        return $res->json();
    }

    public function forms()
    {
        # the form list, as the dashboard shows it
        return Http::get($this->kobo . '/api/v1/forms')->json(); // want "KB210" "KB501"
    }

    public function status()
    {
        return Http::get('https://status.example.org/health')->json();
    }
}
