library(httr2)
library(curl)
library(RCurl)

base <- "https://kc.humanitarianresponse.info" # want "KB103 host"

forms <- request(base) |>
  req_url_path_append("api/v1/forms") |> # want "KB210 endpoint"
  req_auth_basic("me", Sys.getenv("KOBO_PASSWORD")) |>
  req_perform() |>
  resp_body_json() # want "KB501 shape"
for (f in forms) print(f$id_string) # want "KB401 field id_string"

raw <- curl_fetch_memory("https://kc.kobotoolbox.org/api/v1/data/7.json") # want "KB101 host" "KB202 endpoint"
csv <- getURL("https://kc-eu.kobotoolbox.org/api/v1/data.csv", userpwd = "me:pw") # want "KB102 host" "KB201 endpoint"
download.file(glue::glue("{base}/api/v1/forms/7/form.xls"), "form.xls") # want "KB213 endpoint"

me <- jsonlite::fromJSON("https://kf.kobotoolbox.org/api/v1/user") # want "KB230 endpoint"
print(me$username)
