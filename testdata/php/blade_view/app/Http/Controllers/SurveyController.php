<?php

namespace App\Http\Controllers;

use App\Models\Survey;
use GuzzleHttp\Client;

class SurveyController extends Controller
{
    public function index()
    {
        $client = new Client(['headers' => ['Accept' => 'application/json']]);
        $res = $client->request('GET', 'https://kc.kobotoolbox.org/api/v1/data', ['auth' => [env('KOBO_USER'), env('KOBO_PASSWORD')]]); // want "KB201" "KB101"
        $projects = json_decode($res->getBody()->getContents(), true); // want "KB501"
        return view('surveys.index')->with('projects', $projects);
    }

    public function local()
    {
        // the app's own table: its template is silent
        return view('surveys.local', ['surveys' => Survey::all()]);
    }
}
