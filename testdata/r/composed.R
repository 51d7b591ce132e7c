# A base URL joined with a value only where it is used: the form detail
# endpoint exists on the line that appends the id, and is reported there.
library(httr)

forms_url <- "https://kc.kobotoolbox.org/api/v1/forms/" # want "KB101 host" "KB210"
ids <- read.csv("forms.csv")

for (i in seq_len(nrow(ids))) {
  res <- GET(paste0(forms_url, ids$form[i])) # want "KB211"
  stop_for_status(res)
}

# the id inlined from a variable: the detail is reported where the
# variable that holds the whole URL is built
one <- ids$form[1]
detail <- paste0(forms_url, one) # want "KB211"
GET(detail)
