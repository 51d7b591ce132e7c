library(httr)
# was: GET("https://kc.kobotoolbox.org/api/v1/forms") -- comments are not code
old <- GET("https://kc.kobotoolbox.org/api/v1/forms") # kobolint:ignore
# kobolint:ignore[KB101]
only_endpoint <- GET("https://kc.kobotoolbox.org/api/v1/forms") # want "KB210 endpoint"
'
A string on its own is a block comment in R scripts:
https://kc.kobotoolbox.org/api/v1/data
'
