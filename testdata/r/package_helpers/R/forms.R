# The package's exported functions build their URLs from api_base(), which
# lives in another file.
list_forms <- function(server = "kobo") {
  url <- paste0(api_base(server), "forms.json") # want "KB210"
  jsonlite::fromJSON(httr::content(httr::GET(url), "text"))  # want "KB501 shape"
}

form_data <- function(formid, server = "kobo") {
  httr::GET(sprintf("%sdata/%s.json", api_base(server), formid)) # want "KB202"
}
