# Reads the forms it is given: which response they are is known only from
# the callers in the package's other files.
form_titles <- function(forms) {
  vapply(forms, function(f) f$title, character(1)) # want "KB403 field title"
}

form_counts <- function(forms) {
  sapply(forms, function(f) f$num_of_submissions)
}

# Called only here, with the package's own list: its reads are not a
# response's.
first_title <- function(forms) forms[[1]]$title

demo_title <- function() {
  first_title(list(list(title = "demo")))
}

# The parameter is an HTTP client, not data.
fetch_page <- function(client, path) {
  client$get(path = path)
}
