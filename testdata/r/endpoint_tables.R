# A table of servers: the list's name says what its values are (API
# endpoints), even where the names of its elements name only the server.
SERVERS <- list(
  default = "https://kf.kobotoolbox.org/",
  humanitarian = "https://kc.humanitarianresponse.info/" # want "KB103 host kc.humanitarianresponse.info"
)

# a list whose name says nothing of an API: advice only (info)
LINKS <- list(humanitarian = "https://kc.humanitarianresponse.info/")
