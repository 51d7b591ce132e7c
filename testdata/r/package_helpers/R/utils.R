# Helpers of a small package: the API base of each server, by name.
api_base <- function(server = "kobo") {
  switch(server,
    kobo = "https://kc.kobotoolbox.org/api/v1/", # want "KB101 host" "KB200"
    ona = "https://ona.io/api/v1/"
  )
}
