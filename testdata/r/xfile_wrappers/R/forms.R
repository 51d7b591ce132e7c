# Functions of the package that call the helpers of client.R.
list_forms <- function() {
  r <- kobo_get("forms") # want "KB210 endpoint /api/v1/forms"
  httr::content(r) # want "KB501 shape"
}

form_title <- function() {
  httr::content(kobo_get("forms"))$title # want "KB210 endpoint /api/v1/forms" "KB501 shape" "KB403 field title"
}

submissions <- function(formid) {
  kobo_get(paste0("data/", formid)) # want "KB202 endpoint /api/v1/data/{…}"
}

media <- function() {
  kobo_file("metadata") # want "KB220 endpoint /api/v1/metadata"
}

batches <- function() {
  httr::content(warehouse_get("forms"))$title
}

me <- function() {
  httr::content(kobo_at("/api/v1/user"))$username # want "KB230 endpoint /api/v1/user"
}
