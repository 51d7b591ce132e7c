source("scripts/helpers.R")
source("R/kc.R")

kc_forms(Sys.getenv("KC_TOKEN")) |> print_titles()
