module example.com/koboexample

go 1.22
