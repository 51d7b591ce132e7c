package main

import "net/http"

// The command also talks to KoboCAT itself, so the repository has Kobo
// context: the look-alike calls of main.go must stay silent all the same.
func legacyForms() error {
	r, err := http.Get("https://kc.kobotoolbox.org/api/v1/forms") // want "KB101 host" "KB210"
	if err != nil {
		return err
	}
	return r.Body.Close()
}
