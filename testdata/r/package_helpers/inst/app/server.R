# An app of the package reads what list_forms() returns: the rows of the
# v1 form list, whose fields it picks by name.
forms <- list_forms()
choices <- setNames(forms$formid, forms$title) # want "KB410 field formid" "KB403 field title"
n <- nrow(forms)
