<?php

namespace App\Jobs;

use Illuminate\Support\Facades\Http;

class ImportForm
{
    private $importUid;
    private $assetUid;

    public function handle()
    {
        // KPI v1 imports on the KPI root
        $status = Http::withToken(config('surveys.kobo.token'))
            ->get(config('surveys.kobo.root') . '/imports/' . $this->importUid . '/') // want "KB306"
            ->json();
        // v2 on the v2 base: silent
        $asset = Http::withToken(config('surveys.kobo.token'))
            ->get(config('surveys.kobo.root_v2') . '/assets/' . $this->assetUid . '/')
            ->json();
        // ODK Central: silent
        $odk = Http::get(config('surveys.odk.central') . '/v1/projects/1/forms')->json();
        return [$status['status'], $asset['name'], count($odk)];
    }
}
