<?php

namespace App\Jobs;

use Illuminate\Support\Facades\Http;

class SyncMedia
{
    private $formUid;

    public function handle()
    {
        // media still on the old API, on the legacy host
        $found = Http::withToken(config('surveys.kobo.token')) // want "KB501"
            ->get(config('surveys.kobo.legacy') . '/api/v1/forms?id_string=' . $this->formUid) // want "KB210"
            ->throw()
            ->json();
        $form = $found[0];
        foreach ($form['metadata'] as $file) { // want "KB412"
            Http::delete(config('surveys.kobo.legacy') . '/api/v1/metadata/' . $file['id']); // want "KB221" "KB402 field id"
        }
        return $form['formid']; // want "KB410"
    }
}
