# A v2 client whose prefix depends on a version argument: it offers none,
# and a call elsewhere is judged by nothing but its own path.
KoboSession <- R6::R6Class("KoboSession",
  public = list(
    base = "https://kf.kobotoolbox.org",
    get = function(path, version = "v2") {
      if (version == "v2") {
        httr::GET(paste0(self$base, "/api/v2/", path))
      } else {
        httr::GET(paste0(self$base, "/api/v1/", path)) # want "KB299"
      }
    }
  )
)
