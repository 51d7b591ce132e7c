# Shared connection settings, sourced by every script.
library(httr)
kc_host <- Sys.getenv("KC_HOST", "kc.kobotoolbox.org") # want "KB101 host"
kobo_base <- paste0("https://", kc_host, "/api/v1") # want "KB200 endpoint"

kobo_json <- function(url, ...) {
  r <- GET(url, add_headers(Authorization = paste("Token", Sys.getenv("KC_TOKEN"))), ...)
  stop_for_status(r)
  jsonlite::fromJSON(content(r, "text", encoding = "UTF-8"))
}
