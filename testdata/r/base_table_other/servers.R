# The same table in a repository that requests no v1 path: advice only
# (info), which fails no check.
servers <- data.frame(
  version = c("v2", "v1"),
  url = c("https://kf.kobotoolbox.org", "https://kc.kobotoolbox.org")
)
