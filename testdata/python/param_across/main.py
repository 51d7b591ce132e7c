from kc import form_list
from partner import ona_forms
from relay import show
from report import counts, titles

print(titles(form_list("t")))
print(counts(ona_forms()))
show(form_list("t"))
