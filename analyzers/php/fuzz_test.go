package php

import (
	"testing"
	"time"

	"github.com/kobolint/kobolint/analyzers/internal/irtest"
)

// FuzzAnalyze: no input makes the front-end panic, and every span it
// reports lies inside the input (raw parts spelled exactly). The second
// argument picks the file name: PHP, a Blade template, a config file.
func FuzzAnalyze(f *testing.F) {
	seeds := []string{
		"<?php const B = 'https://kc.example.org'; $u = \"{$this->b}/api/v1/data/$id?q=\\\"a\\\"\"; $r = Http::withToken($t)->get(B . '/api/v1/forms')->json(); foreach ($r as $k => $f) { echo $f['title'], $f->name; }",
		"<?php class C { private $h; function __construct() { $this->h = new Client(['base_uri' => config('kobo.url')]); } function g($p) { return json_decode($this->h->get($p)->getBody(), true); } function f() { return count($this->g('forms')); } }",
		"<?php return ['kobo' => ['endpoint' => env('KOBO', 'https://kf.example.org') . '/api/v2']];",
		"<?php $ch = curl_init(); curl_setopt_array($ch, [CURLOPT_URL => sprintf('%s/%1$s/%%', $a), CURLOPT_POST => 1]); $x = <<<EOT\n  {$a}/x\n  EOT;\n$y = <<<'N'\nraw/y\nN;\n?><a href=\"https://kc.example.org/x\">x</a><?= $z ?>",
		"@foreach($projects as $p) {{ $p['title'] }} {!! $p->url !!} @endforeach {{-- c --}} @if(count($a)) x @elseif($b) y @else z @endif @php $q = 'a/b'; @endphp @{{ raw }} a@b.c @unknown(1",
		"<?php $f = fn($x) => $x . '/a'; $g = function ($p) use (&$base) { return $base . $p; }; $base .= '/b'; $base .= $base;",
	}
	for _, s := range seeds {
		for _, name := range []byte{0, 1, 2} {
			f.Add(s, name)
		}
	}
	paths := []string{"x.php", "resources/views/a/b.blade.php", "config/kobo.php"}
	f.Fuzz(func(t *testing.T, src string, which byte) {
		path := paths[int(which)%len(paths)]
		start := time.Now()
		file, err := Analyze(path, []byte(src))
		if d := time.Since(start); d > 5*time.Second {
			t.Fatalf("%d bytes took %v", len(src), d)
		}
		if err != nil {
			return
		}
		irtest.CheckSpans(t, file, []byte(src))
	})
}
