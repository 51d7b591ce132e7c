<?php
// A client method that trims the path it joins: the trimmed text is
// still the text, so each call's URL is judged.
use Illuminate\Support\Facades\Http;

class KoboApi
{
    private string $base;

    public function __construct()
    {
        $this->base = config('services.kobo.url', 'https://kc.kobotoolbox.org/api/v1'); // want "KB101" "KB200"
    }

    private function get(string $path)
    {
        return Http::get($this->base . '/' . ltrim($path, '/'))->json();
    }

    public function forms() { return $this->get('forms'); } // want "KB501" "KB210"
    public function rows(int $id) { return $this->get("data/{$id}"); } // want "KB202"
}

// Ona's API through the same kind of wrapper: silent
class OnaApi
{
    private string $base;

    public function __construct()
    {
        $this->base = config('services.ona.url', 'https://api.ona.io/api/v1');
    }

    private function get(string $path)
    {
        return Http::get($this->base . '/' . ltrim($path, '/'))->json();
    }

    public function forms() { return $this->get('forms'); }
}
