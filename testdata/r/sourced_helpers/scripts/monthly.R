source("R/kobo_base.R")
library(dplyr)

form_id <- 5521
form <- kobo_json(paste0(kobo_base, "/forms/", form_id)) # want "KB211 endpoint"
message(form$title, ": ", form$num_of_submissions) # want "KB403 field title" "KB424 field num_of_submissions"
rows <- kobo_json(paste0(kobo_base, "/data/", form_id)) # want "KB202 endpoint"
rows %>% count(`_submitted_by`)
