# Sourced by main.R, which hands it the forms.
print_titles <- function(forms) {
  for (f in forms) message(f[["title"]]) # want "KB403 field title"
}
