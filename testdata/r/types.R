# uid is a string: a v1 integer id read as an integer (map_int, vapply's
# integer(1), as.integer) gets no rename to it, and the request it reads
# from keeps its v1 URL with it.
library(httr)
library(purrr)

forms <- content(GET("https://kc.kobotoolbox.org/api/v1/forms")) # want "host" "KB210" "shape"
ids <- map_int(forms, "formid") # want "field formid"
ids2 <- vapply(forms, "[[", integer(1), "formid") # want "field formid"
first <- as.integer(forms[[1]]$formid) # want "field formid"
uids <- map_chr(forms, "id_string") # want "field id_string"
titles <- vapply(forms, "[[", "", "title") # want "field title"

# a spreadsheet of the disk: its columns are the program's own
sheet <- readxl::read_excel("kobo_forms.xlsx")
sheet_ids <- as.integer(sheet$formid)
csv <- read.csv("data/kobo_forms.csv")
csv$id_string
