library(httr)
base <- "https://kc.kobotoolbox.org/api/v1"
resp <- GET(paste0(base, "/forms"), add_headers(Authorization = paste("Token", Sys.getenv("KOBO_TOKEN"))))
forms <- content(resp, as = "parsed")
for (f in forms) cat(f$title, f$num_of_submissions, "\n")
