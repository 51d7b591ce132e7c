# Package constants, used by the functions of the other files.
KOBO_DATA_V1 <- "https://kc.kobotoolbox.org/api/v1/data" # want "KB101 host" "KB201"
KOBO_FORM_XLS <- "https://kf.kobotoolbox.org/api/v2/assets/%s.xls"
KOBO_ASSETS <- "https://kf.kobotoolbox.org/api/v2/assets/"
