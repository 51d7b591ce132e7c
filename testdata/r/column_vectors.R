# Column names kept in a character vector (a parameter's default, a
# local, a global) and used to select columns of a decoded v1 response:
# each name is a field read where it is written.
library(httr)
library(dplyr)

kc <- "https://kc.kobotoolbox.org/api/v1" # want "KB101 host" "KB200 endpoint /api/v1"

project_table <- function(fields = c("formid", "title")) { # want "KB410 field formid" "KB403 field title"
  tb <- jsonlite::fromJSON(content(GET(paste0(kc, "/forms")), as = "text")) # want "KB210 endpoint /api/v1/forms" "KB501 shape"
  tb[, fields]
}

project_counts <- function() {
  wanted <- c("id_string", "num_of_submissions") # want "KB401 field id_string" "KB424 field num_of_submissions"
  forms <- jsonlite::fromJSON(content(GET(paste0(kc, "/forms")), as = "text")) # want "KB210 endpoint /api/v1/forms" "KB501 shape"
  forms[wanted]
}

shown <- c("description", "date_modified") # want "KB404 field description"
project_notes <- function(tb) select(tb, all_of(shown))
notes <- project_notes(jsonlite::fromJSON(content(GET(paste0(kc, "/forms")), as = "text"))) # want "KB210 endpoint /api/v1/forms" "KB501 shape"

# a cached copy or a fresh one, with an attribute set on the fresh one
cached_projects <- function(refresh = FALSE, keep = c("formid", "last_submission_time")) { # want "KB410 field formid" "KB421 field last_submission_time"
  if (!refresh) {
    tb <- getOption("projects.cache")
  } else {
    tb <- structure(jsonlite::fromJSON(content(GET(paste0(kc, "/forms")), as = "text")), fetched = Sys.time()) # want "KB210 endpoint /api/v1/forms" "KB501 shape"
  }
  tb[keep]
}

# look-alikes, silent: the XLSForm settings sheet, a table the code
# builds, and an Ona form list
settings_cols <- c("id_string", "form_title", "version")
xls_settings <- function(path) readxl::read_excel(path, sheet = "settings")[1, settings_cols]
own <- data.frame(formid = 1:2, title = c("a", "b"))
own_cols <- c("formid", "title")
own_view <- own[, own_cols]
ona_cols <- c("formid", "num_of_submissions")
ona_forms <- jsonlite::fromJSON(content(GET("https://api.ona.io/api/v1/forms"), as = "text"))
ona_view <- ona_forms[, ona_cols]
