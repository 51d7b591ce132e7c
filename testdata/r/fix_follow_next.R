# A v1 list fetched, decoded and assigned to a name in one statement: the
# unsafe fix turns it into a loop that follows next, so that the name
# holds every item. httr's query is left out of the requests of next (it
# carries the query); pages that jsonlite::fromJSON makes data frames of
# are bound by rows. Elsewhere the first page's results are read.
library(httr)
library(jsonlite)

kpi <- "https://kf.kobotoolbox.org"
auth <- add_headers(Authorization = paste("Token", Sys.getenv("KOBO_TOKEN")))

projects <- content(GET(paste0(kpi, "/api/v1/data"), auth, query = list(format = "json"))) # want "KB201" "KB501"
for (p in projects) message(p$title) # want "KB403"

form_table <- function() {
  tbl <- fromJSON(content(httr::GET(paste0(kpi, "/api/v1/data"), auth, timeout(60)), "text")) # want "KB201" "KB501"
  nrow(tbl)
}

# not one statement that assigns the decoded list: the first page is read
for (f in content(GET(paste0(kpi, "/api/v1/data"), auth))) print(f$title) # want "KB201" "KB501" "KB403"

# the request in a statement of its own before the decode: the loop
# repeats it for each next page
all_projects <- function(token) {
  resp <- GET(paste0(kpi, "/api/v1/data"), add_headers(Authorization = token)) # want "KB201"
  stop_for_status(resp)
  rows <- content(resp) # want "KB501"
  vapply(rows, function(r) r$title, "") # want "KB403"
}

# the token changes between the request and the decode: repeating the
# request after the decode would send another one, so the first page is read
other_token <- function(token) {
  resp <- GET(paste0(kpi, "/api/v1/data"), add_headers(Authorization = token)) # want "KB201"
  token <- "Token other"
  rows <- content(resp) # want "KB501"
  length(rows)
}
