# Endpoints by API version, selected by the scripts with a constant key.
endpoints <- list(
  data = c(
    v1 = "https://kc.kobotoolbox.org/api/v1/data/", # want "KB101 host" "KB201"
    v2 = "https://kf.kobotoolbox.org/api/v2/assets/"
  )
)
