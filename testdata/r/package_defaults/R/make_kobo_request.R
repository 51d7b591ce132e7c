# An httr2 request with the token: the caller performs it.
make_kobo_request <- function(api_route) {
  httr2::request(api_route) |>
    httr2::req_headers(Authorization = paste0("Token ", Sys.getenv("KOBO_API_KEY")))
}
