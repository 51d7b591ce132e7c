# A name assigned in a clause of an if holds, after it, every value a
# path may leave in it: the response stays one after a clause that puts
# an empty list in its place.
library(httr)

kc <- "https://kc.kobotoolbox.org" # want "KB101"
ona <- "https://api.ona.io"

form_titles <- function() {
  forms <- content(GET(paste0(kc, "/api/v1/forms"))) # want "KB210" "KB501"
  if (length(forms) == 0) {
    forms <- list()
  }
  vapply(forms, function(f) f$title, "") # want "KB403"
}

cached_or_fetched <- function(cache) {
  if (!is.null(cache)) {
    forms <- cache
  } else {
    forms <- content(GET(paste0(kc, "/api/v1/forms"))) # want "KB210" "KB501"
  }
  vapply(forms, function(f) f$downloadable, TRUE) # want "KB419"
}

# Ona answers forms with the same field names: nothing here is Kobo's
ona_titles <- function() {
  forms <- content(GET(paste0(ona, "/api/v1/forms")))
  if (length(forms) == 0) {
    forms <- list()
  }
  vapply(forms, function(f) f$downloadable, TRUE)
}
