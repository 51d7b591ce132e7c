source("R/kobo_base.R")
library(dplyr)

form_id <- 5521
form <- kobo_json(paste0(kobo_base, "/forms/", form_id)) # want "endpoint"
message(form$title, ": ", form$num_of_submissions) # want "field title" "field num_of_submissions"
rows <- kobo_json(paste0(kobo_base, "/data/", form_id)) # want "endpoint"
rows %>% count(`_submitted_by`)
