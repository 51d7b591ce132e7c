# URLs built from parts: a host made by a replacement, a template held in
# a variable, credentials written into the URL.
library(httr)

kobo_data <- function(formid, user, pwd, api = "https://kobo.humanitarianresponse.info") {
  api <- gsub("kobo", "kc", api) # want "KB103 host"
  GET(paste0(api, "/api/v1/data/", formid, ".csv"), authenticate(user, pwd)) # want "KB202"
}

# the other way round: the migrated host
kpi <- sub("kc.", "kf.", Sys.getenv("KOBO_HOST", "https://kc.kobotoolbox.org"), fixed = TRUE)
assets <- content(GET(paste0(kpi, "/api/v2/assets/")))

tmpl <- "%sstats/submissions/%s.csv"
counts <- GET(sprintf(tmpl, "https://kc.humanitarianresponse.info/api/v1/", 12)) # want "KB103 host" "KB235"

u <- Sys.getenv("KOBO_USER")
p <- Sys.getenv("KOBO_PASSWORD")
rows <- GET(paste0("https://", u, ":", p, "@kc.humanitarianresponse.info/api/v1/data/", 12)) # want "KB103 host" "KB202"
forms <- GET(sprintf("https://%s:%s@kc.kobotoolbox.org/api/v1/forms", u, p)) # want "KB101 host" "KB210"
ona <- GET(paste0("https://", u, ":", p, "@api.ona.io/api/v1/data/12"))
