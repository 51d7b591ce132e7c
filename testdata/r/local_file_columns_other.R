# The same columns in a file that does not talk to Kobo: the program's own.
forms <- read.csv("exported_forms.csv")
print(sum(forms$num_of_submissions))
print(forms$formid)
