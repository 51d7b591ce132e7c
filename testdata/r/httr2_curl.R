library(httr2)
library(curl)
library(RCurl)

base <- "https://kc.humanitarianresponse.info" # want "host"

forms <- request(base) |>
  req_url_path_append("api/v1/forms") |> # want "endpoint"
  req_auth_basic("me", Sys.getenv("KOBO_PASSWORD")) |>
  req_perform() |>
  resp_body_json() # want "shape"
for (f in forms) print(f$id_string) # want "field id_string"

raw <- curl_fetch_memory("https://kc.kobotoolbox.org/api/v1/data/7.json") # want "host" "endpoint"
csv <- getURL("https://kc-eu.kobotoolbox.org/api/v1/data.csv", userpwd = "me:pw") # want "host" "endpoint"
download.file(glue::glue("{base}/api/v1/forms/7/form.xls"), "form.xls") # want "endpoint"

me <- jsonlite::fromJSON("https://kf.kobotoolbox.org/api/v1/user") # want "endpoint"
print(me$username)
