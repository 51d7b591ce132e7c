run_report <- function(token) {
  print(form_titles(kc_forms(token)))
  print(form_counts(ona_forms()))
  cli <- crul::HttpClient$new(url = "https://api.ona.io")
  fetch_page(cli, "api/v1/forms")
}
