# The server comes from the configuration, read by key.
library(httr)
cfg <- yaml::read_yaml("config.yml")

kobo_projects <- content(GET(paste0(cfg$kobo$root, "data"))) # want "KB201" "KB501 shape"
titles <- vapply(kobo_projects, function(p) p$title, "") # want "KB403 field title"

ona_forms <- content(GET(paste0(cfg[["ona"]][["root"]], "forms")))
ona_titles <- vapply(ona_forms, function(f) f$title, "")

kobo_csv <- function(id) GET(paste0(endpoints$data["v1"], id, ".csv")) # want "KB202"
kobo_v2 <- function(uid) GET(paste0(endpoints$data[["v2"]], uid, "/data/"))
