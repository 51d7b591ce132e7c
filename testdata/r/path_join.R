# The v2 form list URL ends in a query (?q=asset_type:survey). A path
# joined by file.path() or httr2's req_url_path_append() cannot take one
# (httr2 escapes the '?'), so those get no automatic rewrite; paste0 can.
library(httr)

a <- content(GET(file.path("https://kc.kobotoolbox.org", "api/v1/forms"))) # want "KB101 host" "KB210" "KB501 shape"
for (f in a) print(f$title) # want "KB403 field title"

b <- httr2::request("https://kc.humanitarianresponse.info") |> # want "KB103 host"
  httr2::req_url_path_append("api/v1/forms") |> # want "KB210"
  httr2::req_perform() |>
  httr2::resp_body_json() # want "KB501 shape"
for (f in b) print(f$title) # want "KB403 field title"

c <- content(GET(paste0("https://kc.kobotoolbox.org", "/api/v1/forms"))) # want "KB101 host" "KB210" "KB501 shape"
for (f in c) print(f$title) # want "KB403 field title"
