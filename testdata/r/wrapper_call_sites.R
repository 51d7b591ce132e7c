# A helper puts the KoboCAT API prefix before the resource its callers
# name: each call is its own endpoint, reported where its argument
# completes the path (also when the argument is built in a local first).
library(httr)

kc_root <- "https://kc.kobotoolbox.org" # want "KB101 host"

kc_call <- function(resource, token = Sys.getenv("KC_TOKEN")) {
  res <- GET(paste0(kc_root, "/api/v1/", resource), add_headers(Authorization = paste("Token", token))) # want "KB299 endpoint /api/v1"
  jsonlite::fromJSON(content(res, as = "text"))
}

project_index <- function() kc_call("forms") # want "KB210 endpoint /api/v1/forms" "KB501 shape"
project_rows <- function(pk) kc_call(paste0("data/", pk)) # want "KB202 endpoint /api/v1/data/{…}" "KB501 shape"
project_xform <- function(pk) kc_call(sprintf("forms/%s/form.json", pk)) # want "KB213 endpoint /api/v1/forms/{…}/form.json"

rows_as_csv <- function(pk) {
  rel <- paste0("data/", pk, ".csv") # want "KB202 endpoint /api/v1/data/{…}.csv"
  kc_call(rel)
}

# the same helper shape on an Ona server, and on ODK Central: silent
ona_root <- "https://api.ona.io"
ona_call <- function(resource) GET(paste0(ona_root, "/api/v1/", resource))
ona_index <- function() ona_call("forms")
ona_rows <- function(pk) ona_call(paste0("data/", pk))

central_call <- function(path) GET(paste0("https://central.example.org/v1/", path))
central_forms <- function(project) central_call(paste0("projects/", project, "/forms"))
