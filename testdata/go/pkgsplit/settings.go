package kobosync

// KoboServer is the KoboCAT server of the organisation.
const KoboServer = "https://kc.example-ngo.org" // want "KB104 host kc.example-ngo.org"

// IngestURL is our own warehouse (not Kobo).
const IngestURL = "https://ingest.example-ngo.org/api/v1/batches"
