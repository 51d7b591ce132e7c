# Request helpers: the API prefix is joined here, the resource comes from
# the callers, each reported at its own argument.
sk_get <- function(resource, server = getOption("surveykit.server")) {
  httr::GET(paste0(server, "/api/v1/", resource)) # want "KB299 endpoint /api/v1"
}

sk_projects <- function() sk_get("forms") # want "KB210 endpoint /api/v1/forms"

sk_submissions <- function(pk) {
  what <- sprintf("data/%s", pk) # want "KB202 endpoint /api/v1/data/{…}"
  sk_get(what)
}

# the mirror is an Ona server: the same calls stay silent
mirror_get <- function(resource, server = getOption("surveykit.mirror")) {
  httr::GET(paste0(server, "/api/v1/", resource))
}
mirror_projects <- function() mirror_get("forms")
mirror_rows <- function(pk) mirror_get(paste0("data/", pk))
