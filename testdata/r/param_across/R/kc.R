# The package's only request to KoboCAT: the form list.
kc_forms <- function(token) {
  r <- httr::GET("https://kc.kobotoolbox.org/api/v1/forms", # want "KB101 host" "KB210 endpoint"
    httr::add_headers(Authorization = paste("Token", token)))
  httr::content(r) # want "KB501 shape"
}
