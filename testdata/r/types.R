# uid is a string: a v1 integer id read as an integer (map_int, vapply's
# integer(1), as.integer) gets no rename to it, and the request it reads
# from keeps its v1 URL with it.
library(httr)
library(purrr)

forms <- content(GET("https://kc.kobotoolbox.org/api/v1/forms")) # want "KB101 host" "KB210" "KB501 shape"
ids <- map_int(forms, "formid") # want "KB410 field formid"
ids2 <- vapply(forms, "[[", integer(1), "formid") # want "KB410 field formid"
first <- as.integer(forms[[1]]$formid) # want "KB410 field formid"
uids <- map_chr(forms, "id_string") # want "KB401 field id_string"
titles <- vapply(forms, "[[", "", "title") # want "KB403 field title"

# a spreadsheet of the disk: its columns are the program's own, but a name
# only v1 answers carry is reported (never renamed) in a file that talks
# to Kobo
sheet <- readxl::read_excel("kobo_forms.xlsx")
sheet_ids <- as.integer(sheet$formid) # want "KB410 field formid"
csv <- read.csv("data/kobo_forms.csv")
csv$id_string
