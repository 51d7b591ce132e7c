"""The server's hosts: its KPI host names the domain."""
KPI_URL = "https://kf.data.myngo.org"
ENKETO_URL = "https://ee.data.myngo.org"
