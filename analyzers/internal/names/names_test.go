package names

import "testing"

func TestSaysKobo(t *testing.T) {
	for name, want := range map[string]bool{
		"koboClient": true, "KOBO_URL": true, "pykobo": true, "@kobotoolbox/api": true,
		"client": false, "kob": false, "": false, "kc_url": false,
	} {
		if got := SaysKobo(name); got != want {
			t.Errorf("SaysKobo(%q) = %v, want %v", name, got, want)
		}
		if got := SaysKoboBytes([]byte(name)); got != want {
			t.Errorf("SaysKoboBytes(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestHTTPMethod(t *testing.T) {
	for m, want := range map[string]bool{"GET": true, "OPTIONS": true, "PATCH": true, "get": false, "Any": false, "": false, "TRACE": false} {
		if got := HTTPMethod(m); got != want {
			t.Errorf("HTTPMethod(%q) = %v, want %v", m, got, want)
		}
	}
}

func TestAnyCaseMethod(t *testing.T) {
	for m, want := range map[string]string{"get": "GET", "Post": "POST", "DELETE": "DELETE", "fetch": "", "": "", "trace": ""} {
		got, ok := AnyCaseMethod(m)
		if ok != (want != "") || ok && got != want {
			t.Errorf("AnyCaseMethod(%q) = %q, %v; want %q", m, got, ok, want)
		}
	}
}
