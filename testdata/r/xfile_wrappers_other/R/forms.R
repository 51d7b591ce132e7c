list_forms <- function() {
  forms <- httr::content(ona_get("forms"))
  vapply(forms, function(f) f$title, "")
}

form_ids <- function() {
  httr::content(ona_get("forms"))$formid
}

submissions <- function(id) {
  ona_get(paste0("data/", id))
}

projects <- function() {
  central_get("projects")
}

central_forms <- function(pid) {
  httr::content(central_get(paste0("projects/", pid, "/forms")))
}
