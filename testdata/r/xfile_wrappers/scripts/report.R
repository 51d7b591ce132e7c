# A script that sources the client and asks for the v1 API by segments
# and through the R6 client.
source("R/client.R")

projects <- kobo_req("api", "v1", "data") |> httr2::req_perform() |> httr2::resp_body_json() # want "KB201 endpoint /api/v1/data" "KB501 shape"
for (p in projects) message(p$id_string) # want "KB401 field id_string"

cl <- KoboClient$new()
users <- httr::content(cl$get("user")) # want "KB230 endpoint /api/v1/user"
message(users$username)
