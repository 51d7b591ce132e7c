# The form list, read as the rows of a data frame: from a default URL, or
# from the v1 constant of another file through a request helper of a third.
kobo_list_data <- function(URL = "https://kc.kobotoolbox.org/api/v1/data") { # want "KB101 host" "KB201"
  r <- httr::GET(URL, httr::add_headers(Authorization = paste("Token", Sys.getenv("KOBO_API_KEY"))))
  df <- jsonlite::fromJSON(httr::content(r, as = "text")) # want "KB501 shape"
  dplyr::mutate(df, form_url = sprintf(KOBO_FORM_XLS, id_string)) # want "KB401 field id_string"
}

kobo_list_data2 <- function(URL = KOBO_DATA_V1) {
  rq <- make_kobo_request(URL)
  resp <- httr2::req_perform(rq)
  httr2::resp_body_json(resp) |> # want "KB501 shape"
    purrr::map(as.data.frame) |>
    purrr::list_rbind() |>
    dplyr::mutate(form_url = sprintf(KOBO_FORM_XLS, id_string)) # want "KB401 field id_string"
}
