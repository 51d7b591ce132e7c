# A function of an installed package (no file of this repository defines
# it) returns Kobo data: its v1-only fields are still judged by the file's
# Kobo context.
library(koboloadeR)
d <- kobo_datasets(user = c("me", "secret"))
print(d$id_string) # want "KB401 field id_string"
