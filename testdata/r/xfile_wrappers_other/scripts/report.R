source("R/client.R")
library(ggplot2)

subs <- central_req("projects", "1", "forms", "x", "submissions") |> httr2::req_perform() |> httr2::resp_body_json()
cl <- ApiClient$new()
rows <- httr::content(cl$get("data"))
for (r in rows) message(r$id_string)
p <- ggplot(df, aes(x, y)) + ggtitle("forms") + labs(title = "Forms")
