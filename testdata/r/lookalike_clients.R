# Clients of other services written with the same idioms: all silent.
library(httr)

# Ona answers the same /api/v1 paths with the same fields
ona_get <- function(path) content(GET(paste0("https://api.ona.io", path)))
ona_forms <- ona_get("/api/v1/forms")
for (f in ona_forms) message(f$title, f$formid, f$num_of_submissions)
ona_cfg <- list(server = "https://api.ona.io/api/v1/")
ona_data <- content(GET(paste0(ona_cfg$server, "data")))
ona_ids <- purrr::map_int(ona_data, "id")

# ODK Central, by hand and through ruODK
ruODK::ru_setup(svc = "https://odkc.example.org/v1/projects/1/forms/build.svc", un = "me", pw = "pw")
subs <- ruODK::odata_submission_get()
central <- content(GET("https://odkc.example.org/v1/projects/1/forms"))
for (f in central) message(f$xmlFormId, f$name)

# robotoolbox and the v2 API
robotoolbox::kobo_setup(url = "https://kf.kobotoolbox.org", token = Sys.getenv("KOBO_TOKEN"))
assets <- robotoolbox::kobo_asset_list()
assets |> dplyr::filter(deployment__active) |> dplyr::select(uid, name)

# another service's /api/v1, through a wrapper that forwards its path
crm <- function(...) httr2::request("https://crm.example.org") |> httr2::req_url_path_append("api", "v1", ...)
accounts <- crm("Account") |> httr2::req_perform() |> httr2::resp_body_json()
for (a in accounts$list) message(a$id, a$title)
