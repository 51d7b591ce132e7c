# Already v2: the asset list of the v2 constant, read through its results.
kobo_assets <- function(url = KOBO_ASSETS) {
  resp <- httr2::req_perform(make_kobo_request(url))
  page <- httr2::resp_body_json(resp)
  purrr::map_chr(page$results, "name")
}
