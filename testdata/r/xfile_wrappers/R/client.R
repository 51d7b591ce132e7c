# A package's client helpers. Other files of the package, and scripts that
# source() this one, call them with paths relative to the v1 base.
base_url <- "https://kc.kobotoolbox.org/api/v1/" # want "KB101 host" "KB200"

kobo_get <- function(path, ...) {
  httr::GET(paste0(base_url, path), httr::add_headers(Authorization = paste("Token", Sys.getenv("KOBO_TOKEN"))), ...)
}

kobo_file <- function(path) {
  httr::GET(file.path(kobo_server(), "api", "v1", path)) # want "KB299"
}

kobo_server <- function() Sys.getenv("KOBO_SERVER", "https://kc.humanitarianresponse.info") # want "KB103 host"

kobo_req <- function(...) {
  httr2::request(kobo_server()) |>
    httr2::req_url_path_append(...) |>
    httr2::req_headers(Authorization = paste("Token", Sys.getenv("KOBO_TOKEN")))
}

KoboClient <- R6::R6Class("KoboClient",
  public = list(
    base = NULL,
    initialize = function(base = "https://kc.kobotoolbox.org/api/v1") { # want "KB101 host" "KB200"
      self$base <- base
    },
    get = function(path) httr::GET(paste0(self$base, "/", path))
  )
)

# Our own warehouse has an /api/v1 too: its paths are not Kobo's.
warehouse_get <- function(path) {
  httr::GET(paste0("https://warehouse.ngo-data.net/api/v1/", path))
}

# The server is configured where the package runs: a path that callers
# rewrite is right only where that server is the KPI one.
kobo_at <- function(path) httr::GET(paste0(Sys.getenv("KOBO_URL"), path))

# A helper that keeps nothing of the response: it offers no result, only
# what it puts before the path.
save_to <- function(path, dest) {
  httr::GET(paste0(base_url, path), httr::write_disk(dest, overwrite = TRUE))
  invisible(dest)
}
