# Weekly pull of a survey from a KoboCAT server, with httr.
library(httr)
library(jsonlite)
library(dplyr)

server <- Sys.getenv("KOBO_SERVER", "https://kc.kobotoolbox.org") # want "KB101 host"
token <- Sys.getenv("KOBO_TOKEN")
auth <- add_headers(Authorization = paste("Token", token))

# a local wrapper: its path argument is joined to the server
kobo_get <- function(path, ...) {
  res <- GET(paste0(server, path), auth, ...)
  stop_for_status(res)
  fromJSON(content(res, as = "text", encoding = "UTF-8"))
}

forms <- kobo_get("/api/v1/forms") # want "KB210 endpoint" "KB501 shape"
forms %>%
  select(formid, title, num_of_submissions) %>% # want "KB410 field formid" "KB403 field title" "KB424 field num_of_submissions"
  arrange(desc(num_of_submissions)) # want "KB424 field num_of_submissions"

busiest <- forms |> filter(num_of_submissions > 100) |> pull(id_string) # want "KB424 field num_of_submissions" "KB401 field id_string"
renamed <- rename(forms, name = title) # want "KB403 field title"
renamed$name

form_detail <- function(formid) {
  info <- kobo_get(sprintf("/api/v1/forms/%s", formid)) # want "KB211 endpoint"
  message(info$title, " by ", info[["owner"]]) # want "KB403 field title" "KB411 field owner"
  info
}

d <- form_detail(42)
print(d$description) # want "KB404 field description"

data_url <- file.path(server, "api", "v1", "data", 42) # want "KB202 endpoint"
rows <- content(GET(data_url, auth), as = "parsed")  # want "KB501 shape"
for (r in rows) cat(r$`_id`, r$`_submission_time`, "\n")

titles <- sapply(forms, "[[", "title") # want "KB403 field title"
ids <- purrr::map_chr(forms, "id_string") # want "KB401 field id_string"
nums <- lapply(forms, function(f) f$num_of_submissions) # want "KB424 field num_of_submissions"

# a summary table the script builds itself: its columns are not Kobo fields
summary_tbl <- tibble::tibble(title = "Weekly pull", tags = "none")
summary_tbl$title
summary_tbl$tags
