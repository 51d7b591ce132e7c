# A variable named like a v2 object that holds a v1 response is read like
# any v1 response; a key inside a v2 object stays silent.
library(httr)

metadata <- content(GET("https://kc.kobotoolbox.org/api/v1/forms")) # want "KB101 host" "KB210" "KB501 shape"
ids <- sapply(metadata, function(f) f$formid) # want "KB410 field formid"
settings <- content(GET("https://kc.kobotoolbox.org/api/v1/forms/12")) # want "KB101 host" "KB211"
print(settings$id_string) # want "KB401 field id_string"

asset <- content(GET("https://kf.kobotoolbox.org/api/v2/assets/aBcDeFgHiJkLmNoPqRsTuV/"))
print(asset$settings$description)
