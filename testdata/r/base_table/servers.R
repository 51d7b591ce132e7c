# A table of server base URLs, with no path joined here. The repository
# requests the removed v1 API (client.R), so a KoboCAT host held in code is
# most likely that API's base: a warning, not advice.
servers <- data.frame(
  version = c("v2", "v1"),
  url = c("https://kf.kobotoolbox.org", "https://kc.kobotoolbox.org") # want "KB101 host kc.kobotoolbox.org"
)
