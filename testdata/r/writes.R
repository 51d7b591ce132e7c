# Writes to a v1 list endpoint (a form upload) are not reads of the list:
# their answer is the object written, and v2 uploads go through
# /api/v2/imports/, so the list URL gets no list rewrite there.
library(httr)

kc <- "https://kc.kobotoolbox.org" # want "KB101 host"

up <- POST(paste0(kc, "/api/v1/forms"), body = list(xls_file = upload_file("survey.xlsx"))) # want "KB210"
print(content(up)$formid) # want "KB410 field formid"

r2 <- VERB("POST", paste0(kc, "/api/v1/forms"), body = list(text_xls_form = "...")) # want "KB210"

req <- httr2::request(kc) |>
  httr2::req_url_path_append("api/v1/forms") |> # want "KB210"
  httr2::req_body_multipart(xls_file = curl::form_file("survey.xlsx")) |>
  httr2::req_perform()

h <- curl::new_handle()
curl::handle_setform(h, xls_file = curl::form_file("survey.xlsx"))
res <- curl::curl_fetch_memory(paste0(kc, "/api/v1/forms"), handle = h) # want "KB210"

# a wrapper that posts: its calls write too
kobo_post <- function(path, body) POST(paste0(kc, path), body = body, encode = "multipart")
kobo_post("/api/v1/forms", list(xls_file = upload_file("survey.xlsx"))) # want "KB210"

# the same URL read as a list and written to: no rewrite of either
forms_url <- "https://kc.kobotoolbox.org/api/v1/forms" # want "KB101 host" "KB210"
lst <- content(GET(forms_url)) # want "KB501 shape"
for (f in lst) message(f$title) # want "KB403 field title"
POST(forms_url, body = list(xls_file = upload_file("other.xlsx")))
