# Weekly pull of a survey from a KoboCAT server, with httr.
library(httr)
library(jsonlite)
library(dplyr)

server <- Sys.getenv("KOBO_SERVER", "https://kc.kobotoolbox.org") # want "host"
token <- Sys.getenv("KOBO_TOKEN")
auth <- add_headers(Authorization = paste("Token", token))

# a local wrapper: its path argument is joined to the server
kobo_get <- function(path, ...) {
  res <- GET(paste0(server, path), auth, ...)
  stop_for_status(res)
  fromJSON(content(res, as = "text", encoding = "UTF-8"))
}

forms <- kobo_get("/api/v1/forms") # want "endpoint" "shape"
forms %>%
  select(formid, title, num_of_submissions) %>% # want "field formid" "field title" "field num_of_submissions"
  arrange(desc(num_of_submissions)) # want "field num_of_submissions"

busiest <- forms |> filter(num_of_submissions > 100) |> pull(id_string) # want "field num_of_submissions" "field id_string"
renamed <- rename(forms, name = title) # want "field title"
renamed$name

form_detail <- function(formid) {
  info <- kobo_get(sprintf("/api/v1/forms/%s", formid)) # want "endpoint"
  message(info$title, " by ", info[["owner"]]) # want "field title" "field owner"
  info
}

d <- form_detail(42)
print(d$description) # want "field description"

data_url <- file.path(server, "api", "v1", "data", 42) # want "endpoint"
rows <- content(GET(data_url, auth), as = "parsed")  # want "shape"
for (r in rows) cat(r$`_id`, r$`_submission_time`, "\n")

titles <- sapply(forms, "[[", "title") # want "field title"
ids <- purrr::map_chr(forms, "id_string") # want "field id_string"
nums <- lapply(forms, function(f) f$num_of_submissions) # want "field num_of_submissions"

# a summary table the script builds itself: its columns are not Kobo fields
summary_tbl <- tibble::tibble(title = "Weekly pull", tags = "none")
summary_tbl$title
summary_tbl$tags
