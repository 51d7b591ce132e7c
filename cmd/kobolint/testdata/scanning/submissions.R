library(httr)
library(jsonlite)

resp <- GET("https://kc.kobotoolbox.org/api/v1/data/1234", authenticate("me", "pw"))
rows <- fromJSON(content(resp, as = "text"))
print(nrow(rows))
