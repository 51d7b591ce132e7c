# The config package reads config.yml's active configuration ("default"
# unless R_CONFIG_ACTIVE or config= say otherwise) by key.
library(httr)

kobo <- config::get("kobo")
projects <- content(GET(paste0(kobo$root, "data"))) # want "KB201" "KB501 shape"
for (p in projects) message(p$title) # want "KB403 field title"

all <- config::get()
ona <- content(GET(paste0(all$ona$root, "forms")))
for (o in ona) message(o$title)

prod <- config::get("kobo", config = "production")
assets <- content(GET(paste0(prod$root, "assets/")))
for (a in assets$results) message(a$name)
