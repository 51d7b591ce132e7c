"""The form list becomes a v2 asset list with a q= filter: a trailing
slash and an existing query must still give one well-formed query."""
import requests

KC = "https://kc.kobotoolbox.org"  # want "KB101 host"

a = requests.get(KC + "/api/v1/forms?format=json")  # want "KB210"
b = requests.get(KC + "/api/v1/forms/?format=json")  # want "KB210"
c = requests.get(KC + "/api/v1/forms/")  # want "KB210"

# a base joined with an id where it is used: the list rewrite would glue
# the id onto the query, so the base is left for a person
FORMS = KC + "/api/v1/forms/"  # want "KB210"
detail = requests.get(FORMS + str(7))  # want "KB211"
