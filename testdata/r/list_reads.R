# A v1 list decoded and read as a list, through a helper that returns the
# decoded body, a variable and a default argument: v2 answers a page
# object, so each read takes the page's results, where it is read.
library(httr)

kobo_get <- function(path) {
  r <- GET(paste0("https://kc.kobotoolbox.org", path), add_headers(Authorization = "Token x")) # want "KB101 host"
  content(r)
}

forms <- kobo_get("/api/v1/forms") # want "KB210" "KB501 shape"
for (f in forms) message(f$title) # want "KB403 field title"

list_url <- "https://kc.kobotoolbox.org/api/v1/data" # want "KB101 host" "KB201"
projects <- content(GET(list_url)) # want "KB501 shape"
n_projects <- length(projects)

count_forms <- function(url = "https://kc.kobotoolbox.org/api/v1/forms") { # want "KB101 host" "KB210"
  nrow(jsonlite::fromJSON(content(GET(url), "text"))) # want "KB501 shape"
}
count_forms()

# v2 already, read through its results
assets <- content(GET("https://kf.kobotoolbox.org/api/v2/assets/"))
for (a in assets$results) message(a$name)

# Ona has the same paths and answers lists
ona <- content(GET("https://api.ona.io/api/v1/forms"))
for (o in ona) message(o$title)
