# Wrappers: a request builder that forwards its path segments (...), an
# R6 client whose base is set in initialize(), and a client that adds
# api/v2/ to every path but imports/.
library(httr2)
library(R6)

base <- Sys.getenv("KOBO_URL", "https://kc.kobotoolbox.org") # want "KB101 host"

kobo_req <- function(...) {
  request(base) |>
    req_url_path_append(...) |>
    req_headers(Authorization = paste("Token", Sys.getenv("KOBO_TOKEN")))
}
forms <- kobo_req("api", "v1", "forms") |> req_perform() |> resp_body_json() # want "KB210" "KB501 shape"
for (f in forms) message(f$title) # want "KB403 field title"
# (a KPI base with v1 paths: the client below)

KoboClient <- R6Class("KoboClient",
  public = list(
    base = NULL,
    initialize = function(base = "https://kobo.example.org") {
      self$base <- base
    },
    get = function(path) {
      httr::content(httr::GET(paste0(self$base, "/", path)))
    },
    post = function(path, body, version = "v2") {
      if (version == "v1") {
        httr::POST(paste0(self$base, "/api/v1/", path), body = body) # want "KB299"
      } else if (path != "imports/") {
        httr::POST(paste0(self$base, "/api/v2/", path), body = body)
      } else {
        httr::POST(paste0(self$base, "/", path), body = body)
      }
    }
  )
)
client <- KoboClient$new("https://kobo.humanitarianresponse.info")
exports <- client$get("exports/") # want "KB305"
for (e in exports$results) message(e$uid)
imported <- client$post("imports/", list(library = "false")) # want "KB306"
cloned <- client$post("assets/", list(clone_from = "aB1"))

kc_client <- KoboClient$new("https://kc.humanitarianresponse.info") # want "KB103 host"
data <- kc_client$get("api/v1/data") # want "KB201" "KB501 shape"
for (d in data) message(d$id_string) # want "KB401 field id_string"
