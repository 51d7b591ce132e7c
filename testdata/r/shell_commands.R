# A helper runs curl through system(): the URL word of its command line is
# a request, completed at each call with the resource the call names.
kc_doc <- function(rel, verb = "GET", server = "https://kc.kobotoolbox.org") { # want "KB101 host"
  dest <- tempfile(fileext = ".json")
  cmd <- sprintf("curl -s -X %s '%s/api/v1/%s' -H 'Authorization: Token %s' -o %s", verb, server, rel, Sys.getenv("KC_TOKEN"), dest) # want "KB299 endpoint /api/v1"
  system(cmd)
  jsonlite::fromJSON(dest)
}

all_projects <- kc_doc("forms") # want "KB210 endpoint /api/v1/forms"

project_rows <- function(pk) {
  rel <- paste0("data/", pk) # want "KB202 endpoint /api/v1/data/{…}"
  kc_doc(rel)
}

# silent: the same on an Ona server, a download that is no API call, and
# a command of another program
ona_doc <- function(rel) system(sprintf("curl -s https://api.ona.io/api/v1/%s", rel))
ona_projects <- ona_doc("forms")
system("curl -sL -o tools.zip https://example.org/downloads/tools.zip")
system(paste("git clone", "https://github.com/example/forms.git"))
