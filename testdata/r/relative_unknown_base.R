# A package whose functions take the KoboCAT API root as a parameter.
library(httr)

kobo_host <- function() "https://kc.kobotoolbox.org/api/v1/" # want "KB101" "KB200"

kobo_form_xls <- function(api, formid) {
  url <- sprintf("%sforms/%s/form.xls", api, formid) # want "KB213"
  GET(url)
}

kobo_count <- function(api_url, formid) {
  content(GET(paste0(api_url, "stats/submissions/", formid))) # want "KB235"
}

# a folder joined with data/: no API
read_cache <- function(cache_dir) readRDS(file.path(paste0(cache_dir, "/data/"), "forms.rds"))
