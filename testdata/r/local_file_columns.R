# Columns of local files. A file that talks to Kobo and reads back a form
# list it exported from v1 reads v1 names: reported, never renamed (the
# file that holds them is not seen). XLSForm names (id_string of a settings
# sheet) and the program's own columns stay silent.
library(httr)
library(readxl)

kc <- "https://kc.kobotoolbox.org/api/v1/forms"  # want "KB101" "KB210"
forms <- read.csv("exported_forms.csv")
for (i in seq_len(nrow(forms))) {
  n <- forms$num_of_submissions[i]  # want "KB424 field num_of_submissions"
  pk <- forms$formid[i]  # want "KB410 field formid"
}
settings <- read_excel("survey.xlsx", sheet = "settings")
print(settings$id_string)
print(forms$title)
