# A client that requests the v1 API from a base it is given.
library(httr)

kobo_forms <- function(base_url_v1, token) {
  content(GET(paste0(base_url_v1, "/api/v1/forms"), add_headers(Authorization = token))) # want "KB210" "KB501"
}
