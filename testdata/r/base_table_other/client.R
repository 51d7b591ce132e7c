# This repository's client already speaks v2.
library(httr)

kobo_assets <- function(base_url, token) {
  content(GET(paste0(base_url, "/api/v2/assets/"), add_headers(Authorization = token)))$results
}
