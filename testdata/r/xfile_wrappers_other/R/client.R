# Look-alikes of testdata/r/xfile_wrappers: the same helpers for Ona, for
# ODK Central and for another service's /api/v1. Other files call them
# with the same relative paths, and nothing is Kobo's.
ona_get <- function(path, ...) {
  httr::GET(paste0("https://api.ona.io/api/v1/", path), ...)
}

central_get <- function(path) {
  httr::GET(paste0(Sys.getenv("CENTRAL_URL"), "/v1/", path))
}

central_req <- function(...) {
  httr2::request("https://central.example-ngo.org") |>
    httr2::req_url_path_append("v1", ...)
}

ApiClient <- R6::R6Class("ApiClient",
  public = list(
    base = "https://api.example-service.net/api/v1",
    get = function(path) httr::GET(paste0(self$base, "/", path))
  )
)
