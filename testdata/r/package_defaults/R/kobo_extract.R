# Fields of the list a default argument fetches.
kobo_extract_form_name <- function(form_index = 1, kb_df = kobo_list_data()) {
  kb_df$title[form_index] # want "KB403 field title"
}

kobo_extract_form_id <- function(form_index = 1, kb_df = kobo_list_data()) {
  kb_df$id[form_index] # want "KB402 field id"
}

# a parameter filled by the calls of this file
kobo_filtered <- function(kb_df, pattern) {
  dplyr::filter(kb_df, stringr::str_detect(title, pattern)) # want "KB403 field title"
}
demographic <- kobo_filtered(kobo_list_data(), "[Dd]emographic")

# a plotting helper nobody here calls with Kobo data
plot_forms <- function(df) {
  dplyr::filter(df, title != "") |> dplyr::select(id_string)
}
