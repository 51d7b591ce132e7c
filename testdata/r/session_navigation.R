# An rvest session opened on a KPI server by one function and moved by
# others: a path from the root replaces the page's path.
library(rvest)

kpi_login <- function() {
  session("https://kobo.example.org/accounts/login/", httr::add_headers(Authorization = paste("Token", Sys.getenv("KPI_TOKEN"))))
}

export_list <- function() {
  s <- purrr::quietly(kpi_login)()$result
  s <- session_jump_to(s, "/api/v2/assets/")
  s <- session_jump_to(s, "/exports/") # want "KB305 endpoint /exports"
  httr::content(s$response)
}

asset_page <- function(uid) {
  s <- kpi_login()
  session_jump_to(s, paste0("/assets/", uid, "/")) # want "KB304 endpoint /assets"
}

# silent: v2 paths, and the same navigation on an Ona server
asset_v2 <- function(uid) session_jump_to(kpi_login(), paste0("/api/v2/assets/", uid, "/"))
ona <- session("https://api.ona.io/login")
ona_forms <- session_jump_to(ona, "/api/v1/forms")
