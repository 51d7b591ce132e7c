# The package's servers are R options set when it loads; the request
# helpers of another file read them with getOption().
.onLoad <- function(libname, pkgname) {
  options(
    surveykit.server = "https://kc.humanitarianresponse.info", # want "KB103 host"
    surveykit.mirror = "https://api.ona.io"
  )
}
