# A list sent as the body of a v1 request carries v1 names; a list the
# code keeps does not.
library(httr)

kc <- "https://kc.humanitarianresponse.info" # want "KB103 host"
form_id <- list(formid = 225299) # want "KB410 field formid"
res <- POST(paste0(kc, "/api/v1/projects/12/forms"), body = form_id, encode = "json") # want "KB237"

meta <- list(formid = 1, title = "local")
print(meta$title)
